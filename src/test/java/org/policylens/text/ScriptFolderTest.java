package org.policylens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptFolderTest {

    @Test
    void foldsTraditionalToSimplified() {
        assertEquals("质量奖", ScriptFolder.fold("質量獎"));
        assertEquals("关于开展", ScriptFolder.fold("關於開展"));
        assertEquals("合肥市人民政府关于开展质量强市活动的实施意见",
                ScriptFolder.fold("合肥市人民政府關於開展質量強市活動的實施意見"));
    }

    @Test
    void foldsFullWidthAsciiAndIdeographicSpace() {
        assertEquals("(12)%", ScriptFolder.fold("（１２）％"));
        assertEquals("(一),到2025年 达到96%", ScriptFolder.fold("（一），到２０２５年\u3000达到９６％"));
        assertEquals('A', ScriptFolder.fold('Ａ'));
        assertEquals(' ', ScriptFolder.fold('\u3000'));
    }

    @Test
    void leavesSimplifiedTextPunctuationAndSurrogatePairsAlone() {
        String simplified = "质量强省建设纲要〔2023〕“双随机、一公开”";
        assertEquals(simplified, ScriptFolder.fold(simplified));
        String withSupplementary = "質\uD840\uDC00量"; // U+20000, outside the BMP
        assertEquals("质\uD840\uDC00量", ScriptFolder.fold(withSupplementary));
        assertNotEquals('質', ScriptFolder.fold('質'));
    }

    @Test
    void foldIsCharForCharSoOffsetsMapBack() {
        String original = "對首次獲得中國質量獎的，給予企業１００萬元獎勵";
        String folded = ScriptFolder.fold(original);
        int at = folded.indexOf("质量奖");
        assertEquals("質量獎", original.substring(at, at + 3));
        for (int i = 0; i < original.length(); i++) {
            assertEquals(ScriptFolder.fold(original.charAt(i)), folded.charAt(i), "char " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"anhui", "zhejiang", "hefei", "yichun", "chengde"})
    void foldingKeepsTheLengthOfEveryBundledDocument(String slug) throws IOException {
        String text = Files.readString(Path.of("data/corpus", slug + ".txt"));
        String folded = ScriptFolder.fold(text);
        assertEquals(text.length(), folded.length());
        assertEquals(text.codePointCount(0, text.length()), folded.codePointCount(0, folded.length()));
    }

    @Test
    void hefeiFoldsToSimplifiedSoSimplifiedQueriesFindIt() throws IOException {
        String folded = ScriptFolder.fold(Files.readString(Path.of("data/corpus/hefei.txt")));
        assertEquals(true, folded.contains("合肥市人民政府关于开展质量强市活动的实施意见"));
        assertEquals(true, folded.contains("中国质量奖"));
    }

    @Property
    void foldingPreservesLengthAndIsIdempotent(@ForAll String text) {
        String folded = ScriptFolder.fold(text);
        assertEquals(text.length(), folded.length());
        assertEquals(folded, ScriptFolder.fold(folded));
    }
}
