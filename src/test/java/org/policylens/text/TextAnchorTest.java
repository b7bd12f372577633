package org.policylens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policylens.model.TextQuote;

class TextAnchorTest {

    private static final String TEXT = "一、总体目标\n提升产品质量。完善标准体系。\n二、保障措施\n提升产品质量,加强组织领导。\n";

    private static int offsetOf(String text, String needle, int from) {
        int at = text.indexOf(needle, text.offsetByCodePoints(0, from));
        return text.codePointCount(0, at);
    }

    @Test
    void capturesQuoteWithContext() {
        int start = offsetOf(TEXT, "完善标准", 0);
        TextQuote q = TextAnchor.capture(TEXT, start, start + 4);
        assertEquals("完善标准", q.exact());
        assertTrue(q.prefix().endsWith("提升产品质量。"), q.prefix());
        assertTrue(q.suffix().startsWith("体系。"), q.suffix());
    }

    @Test
    void findsTheSameOccurrenceAfterTextIsInsertedBefore() {
        int second = offsetOf(TEXT, "提升产品质量", 10);
        TextQuote q = TextAnchor.capture(TEXT, second, second + 6);
        String edited = "前言:新增一段说明文字。\n" + TEXT;
        TextQuote found = TextAnchor.find(edited, q).orElseThrow();
        assertEquals("提升产品质量", found.exact());
        // The second occurrence (followed by ",加强组织领导"), not the first.
        assertTrue(found.suffix().startsWith(",加强组织领导"), found.suffix());
        assertEquals(second + "前言:新增一段说明文字。\n".length(), found.start());
    }

    @Test
    void keepsThePlaceWhenNothingChanged() {
        int start = offsetOf(TEXT, "加强组织领导", 0);
        TextQuote q = TextAnchor.capture(TEXT, start, start + 6);
        assertEquals(q, TextAnchor.find(TEXT, q).orElseThrow());
    }

    @Test
    void survivesAChangeOfScript() {
        int start = offsetOf(TEXT, "完善标准体系", 0);
        TextQuote q = TextAnchor.capture(TEXT, start, start + 6);
        String traditional = TEXT.replace("完善标准体系", "完善標準體系");
        TextQuote found = TextAnchor.find(traditional, q).orElseThrow();
        assertEquals("完善標準體系", found.exact());
    }

    @Test
    void aQuoteThatIsGoneIsNotFound() {
        int start = offsetOf(TEXT, "完善标准体系", 0);
        TextQuote q = TextAnchor.capture(TEXT, start, start + 6);
        assertTrue(TextAnchor.find(TEXT.replace("完善标准体系", "健全计量体系"), q).isEmpty());
    }

    @Test
    void offsetsCountCodePointsNotChars() {
        String text = "𠮷野家𠮷:质量第一";
        int start = offsetOf(text, "质量", 0);
        assertEquals(5, start);
        TextQuote q = TextAnchor.capture(text, start, start + 2);
        assertEquals("质量", q.exact());
        assertEquals("𠮷野家𠮷:", q.prefix());
    }
}
