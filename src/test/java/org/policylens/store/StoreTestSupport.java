package org.policylens.store;

import java.util.ArrayList;
import java.util.List;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Passage;
import org.policylens.model.Script;
import org.policylens.model.Section;

/** Small documents written for store tests: one heading and a passage per given paragraph. */
final class StoreTestSupport {

    private StoreTestSupport() {
    }

    static ParsedDocument document(String slug, Script script, String... paragraphs) {
        String heading = "一、总体要求";
        StringBuilder text = new StringBuilder(heading).append('\n');
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            int start = text.codePointCount(0, text.length());
            text.append(paragraphs[i]).append('\n');
            int end = start + paragraphs[i].codePointCount(0, paragraphs[i].length());
            passages.add(new Passage(i, 0, heading, start, end, paragraphs[i]));
        }
        int length = text.codePointCount(0, text.length());
        Section section = new Section(0, -1, 1, "一、", "总体要求", 0, length, heading);
        DocumentMetadata meta = new DocumentMetadata(slug, slug + "质量强市实施意见", slug + "市人民政府", Level.CITY,
                slug + "市", "2020-01-02", null, script, slug + ".txt");
        return new ParsedDocument(meta, text.toString(), List.of(section), passages);
    }
}
