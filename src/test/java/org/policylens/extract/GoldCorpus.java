package org.policylens.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The five bundled documents and the gold folder, as the tests and the JSON dump read them. */
final class GoldCorpus {

    static final List<String> SLUGS = List.of("anhui", "zhejiang", "hefei", "yichun", "chengde");
    static final Path GOLD = Path.of("..", "shared", "gold");
    static final Path CORPUS = Path.of("data", "corpus");

    private GoldCorpus() {
    }

    static Path file(String slug) {
        return CORPUS.resolve(slug + ".txt");
    }

    /** The raw file text. */
    static String raw(String slug) throws IOException {
        return Files.readString(file(slug), StandardCharsets.UTF_8);
    }

    /**
     * The text extraction runs on. In the app the importer strips web residue first; hefei.txt opens with an
     * encyclopedia summary that repeats the title and the document number, so to mimic that we start hefei at
     * the second occurrence of its title line (the start of 意见全文). The other files are used as they are: their
     * residue (anhui's 政策级别 table, chengde's notice) holds no target numbers.
     */
    static int bodyOffset(String slug, String raw) {
        if (slug.equals("hefei")) {
            String title = "合肥市人民政府關於開展質量強市活動的實施意見";
            int first = raw.indexOf(title);
            int second = first < 0 ? -1 : raw.indexOf(title, first + 1);
            return Math.max(0, second);
        }
        return 0;
    }

    static Map<String, String> bodies() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String slug : SLUGS) {
            String raw = raw(slug);
            out.put(slug, raw.substring(bodyOffset(slug, raw)));
        }
        return out;
    }
}
