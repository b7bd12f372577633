package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylens.ingest.IngestException.Reason;
import org.policylens.model.ParsedDocument;

class EncodingDetectorTest {

    static java.util.List<String> slugs() {
        return CorpusFiles.SLUGS;
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void gb18030CopyReadsExactlyLikeTheUtf8Original(String slug) throws IngestException {
        assertSameDocument(slug, encode(CorpusFiles.text(slug), Charset.forName("GB18030")), "GB18030");
    }

    @Test
    void big5CopyOfTraditionalHefeiReadsExactlyLikeTheOriginal() throws IngestException {
        String text = CorpusFiles.text("hefei");
        assertTrue(Charset.forName("Big5").newEncoder().canEncode(text), "every hefei char exists in Big5");
        assertSameDocument("hefei", encode(text, Charset.forName("Big5")), "Big5");
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void utf16WithByteOrderMarkAndUtf8WithByteOrderMark(String slug) throws IngestException {
        String text = CorpusFiles.text(slug);
        assertSameDocument(slug, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                encode(text, StandardCharsets.UTF_16LE)), "UTF-16LE");
        assertSameDocument(slug, concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                encode(text, StandardCharsets.UTF_16BE)), "UTF-16BE");
        assertSameDocument(slug, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                encode(text, StandardCharsets.UTF_8)), "UTF-8");
    }

    @Test
    void windowsLineEndingsReadLikeUnixOnes() throws IngestException {
        String crlf = CorpusFiles.text("chengde").replace("\n", "\r\n");
        ParsedDocument doc = new TextDocumentReader().read(encode(crlf, Charset.forName("GB18030")), "c.txt", "c");
        ParsedDocument original = CorpusFiles.read("chengde");
        assertEquals(original.text(), doc.text());
        assertEquals(original.passages(), doc.passages());
    }

    @Test
    void shortSimplifiedAndTraditionalSentencesPickTheRightLegacyCharset() throws IngestException {
        String simplified = "各地区各部门要加强质量基础设施建设，提高产品质量。";
        String traditional = "各地區各部門要加強質量基礎設施建設，提高產品質量。";
        assertEquals(simplified, EncodingDetector.decode(encode(simplified, Charset.forName("GB18030"))).text());
        assertEquals(traditional, EncodingDetector.decode(encode(traditional, Charset.forName("Big5"))).text());
        assertEquals(traditional, EncodingDetector.decode(encode(traditional, Charset.forName("GB18030"))).text());
    }

    @Test
    void rejectsEmptyBinaryAndUndecodableInput() {
        assertReason(Reason.EMPTY, new byte[0]);
        assertReason(Reason.BINARY, "质量\0强省".getBytes(StandardCharsets.UTF_8));
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 0x03);
        assertReason(Reason.BINARY, controls);
        assertReason(Reason.BINARY, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        byte[] garbage = new byte[64];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i % 2 == 0 ? 0xFF : 0x80);
        }
        garbage[0] = 'x';
        assertReason(Reason.UNDECODABLE, garbage);
        assertReason(Reason.UNDECODABLE, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00}); // odd-length UTF-16
    }

    @Test
    void whitespaceOnlyTextIsEmpty() {
        IngestException e = assertThrows(IngestException.class,
                () -> new TextDocumentReader().read(" \n\r\n\u3000\n".getBytes(StandardCharsets.UTF_8), "e.txt", "e"));
        assertEquals(Reason.EMPTY, e.reason());
    }

    private static void assertReason(Reason reason, byte[] bytes) {
        IngestException e = assertThrows(IngestException.class, () -> EncodingDetector.decode(bytes));
        assertEquals(reason, e.reason());
        assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"));
    }

    private static void assertSameDocument(String slug, byte[] bytes, String expectedCharset) throws IngestException {
        assertEquals(expectedCharset, EncodingDetector.decode(bytes).charset());
        ParsedDocument original = CorpusFiles.read(slug);
        ParsedDocument copy = new TextDocumentReader().read(bytes, slug + ".txt", slug);
        assertEquals(original.text(), copy.text());
        assertEquals(original.passages(), copy.passages());
        assertEquals(original.sections(), copy.sections());
        assertEquals(original.metadata(), copy.metadata());
    }

    private static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
