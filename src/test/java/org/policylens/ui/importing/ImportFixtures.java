package org.policylens.ui.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Files a user might try to import, written by the tests themselves. */
public final class ImportFixtures {

    public static final String PLAN_TITLE = "某某市人民政府关于印发某某市质量强市建设实施方案的通知";

    private ImportFixtures() {
    }

    /** A small city plan: title, number, a target, and a table whose header says 奖励金额(万元). */
    static Path planWithRewardTable(Path dir, String name) throws IOException {
        return planWithRewardTable(dir, name, "加强组织领导,落实工作责任。");
    }

    /** The same plan with another closing sentence, i.e. a new version of its text. */
    public static Path planWithRewardTable(Path dir, String name, String lastSentence) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : List.of(PLAN_TITLE, "某政〔2024〕8号", "一、总体目标",
                    "到2025年,全市制造业产品质量合格率达到95%以上。", "二、激励措施", "对获得以下荣誉的企业给予一次性奖励:")) {
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
            doc.createParagraph().createRun().setText(lastSentence);
            doc.write(out);
            return Files.write(dir.resolve(name), out.toByteArray());
        }
    }

    /** A .docx whose zip is cut off halfway, as after an interrupted download. */
    static Path brokenDocx(Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(planWithRewardTable(dir, "whole.docx"));
        Files.delete(dir.resolve("whole.docx"));
        return Files.write(dir.resolve("broken.docx"), Arrays.copyOf(whole, whole.length / 2));
    }

    /** A .docx of a few kilobytes whose document part unpacks to {@code megabytes} MB of spaces. */
    static Path zipBomb(Path dir, int megabytes) throws IOException {
        byte[] valid = Files.readAllBytes(planWithRewardTable(dir, "seed.docx"));
        Files.delete(dir.resolve("seed.docx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(valid));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve("bomb.docx"), out.toByteArray());
    }

    /** A text file of {@code megabytes} MB (sparse: it costs no disk space). */
    static Path largeText(Path dir, int megabytes) throws IOException {
        Path file = dir.resolve("large.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(megabytes * 1024L * 1024L);
        }
        return file;
    }
}
