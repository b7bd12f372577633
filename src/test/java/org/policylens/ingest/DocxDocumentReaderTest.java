package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.policylens.ingest.IngestException.Reason;
import org.policylens.model.Level;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Passage;

class DocxDocumentReaderTest {

    private final DocxDocumentReader reader = new DocxDocumentReader();

    /** A small city plan written for the test: title, number, chapters, and a reward table. */
    static byte[] planWithRewardTable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : List.of("某某市人民政府关于印发某某市质量强市建设实施方案的通知", "某政〔2024〕8号",
                    "一、总体目标", "到2025年,全市制造业产品质量合格率达到95%以上。", "二、激励措施",
                    "对获得以下荣誉的企业给予一次性奖励:")) {
                doc.createParagraph().createRun().setText(text);
            }
            XWPFTable table = doc.createTable(3, 2);
            table.getRow(0).getCell(0).setText("奖项");
            table.getRow(0).getCell(1).setText("奖励金额(万元)");
            table.getRow(1).getCell(0).setText("中国质量奖");
            table.getRow(1).getCell(1).setText("100");
            table.getRow(2).getCell(0).setText("省政府质量奖");
            table.getRow(2).getCell(1).setText("50");
            doc.createParagraph().createRun().setText("三、保障措施");
            doc.createParagraph().createRun().setText("加强组织领导,落实工作责任。");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsParagraphsHeadingsAndTableRowsAsTabSeparatedLines() throws Exception {
        ParsedDocument doc = reader.read(planWithRewardTable(), "plan.docx", "plan");
        assertTrue(doc.text().contains("中国质量奖\t100"), doc.text());
        assertTrue(doc.text().contains("奖项\t奖励金额(万元)"), doc.text());
        long chapters = doc.sections().stream().filter(s -> s.parent() == -1).count();
        assertEquals(3, chapters);
        assertEquals("某政〔2024〕8号", doc.metadata().docNumber());
        assertEquals(Level.CITY, doc.metadata().level());
        for (Passage p : doc.passages()) {
            assertEquals(p.text(), doc.text().substring(
                    doc.text().offsetByCodePoints(0, p.start()), doc.text().offsetByCodePoints(0, p.end())));
        }
    }

    @Test
    void aBrokenDocxIsRefusedAsCorrupt() {
        byte[] notAZip = "这不是一个Word文件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        IngestException e = assertThrows(IngestException.class, () -> reader.read(notAZip, "x.docx", null));
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains(".docx"), e.getMessage());
    }

    @Test
    void aZipWithoutWordPartsIsRefusedAsCorrupt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        IngestException e = assertThrows(IngestException.class, () -> reader.read(out.toByteArray(), "x.docx", null));
        assertEquals(Reason.CORRUPT, e.reason());
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        // A real document whose main part is padded with 200 MB of zeros: tiny on disk, huge when inflated.
        byte[] bomb = bomb(200L * 1024 * 1024);
        assertTrue(bomb.length < 2 * 1024 * 1024, "the bomb is small on disk: " + bomb.length);
        IngestException e = assertThrows(IngestException.class, () -> reader.read(bomb, "bomb.docx", null));
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        IngestException e = assertThrows(IngestException.class, () -> reader.read(new byte[0], "x.docx", null));
        assertEquals(Reason.EMPTY, e.reason());
    }

    private static byte[] bomb(long inflatedBytes) throws IOException {
        byte[] valid = planWithRewardTable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int cut = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, cut).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (long written = 0; written < inflatedBytes; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(cut).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
