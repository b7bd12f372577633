package org.policylens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.policylens.ingest.IngestException.Reason;
import org.policylens.model.ParsedDocument;

/**
 * Reads Word documents (.docx) through POI XWPF: each paragraph becomes a line, and each table row becomes a line of
 * cells separated by tabs, which the reward-table extractor reads like any tab-separated table. Zip-bomb limits are
 * set before anything is unpacked.
 */
public final class DocxDocumentReader implements DocumentReader {

    /** A .docx whose parts inflate more than 100× is treated as a zip bomb (POI's default is a looser 100×: 0.01). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No single part of a policy document needs more than this once unpacked. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** Text beyond this is not a policy document; stops a crafted file from filling memory with paragraphs. */
    static final int MAX_TEXT_CHARS = 8 * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public ParsedDocument read(byte[] bytes, String fileName, String slug) throws IngestException {
        DocumentReader.checkSize(bytes.length);
        if (bytes.length == 0) {
            throw new IngestException(Reason.EMPTY, "The file is empty.");
        }
        List<String> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            int chars = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    chars += add(lines, paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        chars += add(lines, rowText(row));
                    }
                }
                if (chars > MAX_TEXT_CHARS) {
                    throw new IngestException(Reason.TOO_LARGE, "The document holds more than "
                            + MAX_TEXT_CHARS / (1024 * 1024) + " million characters of text.");
                }
            }
        } catch (IngestException e) {
            throw e;
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException
                 | UnsupportedOperationException e) {
            throw corrupt(e);
        } catch (RuntimeException e) {
            // POI signals broken packages with many unchecked types (NotOfficeXmlFileException, RecordFormatException…).
            throw corrupt(e);
        }
        return ParsedDocumentBuilder.build(String.join("\n", lines), fileName, slug);
    }

    private static int add(List<String> lines, String text) {
        String line = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ').strip();
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return line.length();
    }

    private static String rowText(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getText().replace('\t', ' ').replace('\n', ' ').strip());
        }
        return String.join("\t", cells);
    }

    private static IngestException corrupt(Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean bomb = detail.contains("Zip bomb") || detail.contains("zip bomb") || detail.contains("max entry size")
                || detail.contains("exceeds");
        return new IngestException(Reason.CORRUPT, bomb
                ? "The .docx file unpacks to far more data than it holds (a zip bomb?); it was not imported."
                : "The file is not a readable .docx document (" + firstLine(detail) + ").", e);
    }

    private static String firstLine(String s) {
        int newline = s.indexOf('\n');
        String line = newline < 0 ? s : s.substring(0, newline);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
