package org.policylens.text;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives, from ICU's Hant-Hans transliterator, the Traditional → Simplified pairs that {@link ScriptFolder} reads
 * from {@code hant-hans.txt}. Asking ICU about every Han character takes most of a second of CPU, which every start
 * of the app used to pay; the pairs now ship as a resource, and {@code ScriptFolderTableTest} checks that they still
 * agree with ICU.
 *
 * <p>After an ICU upgrade, regenerate the resource from the project root:
 * <pre>mvn -q test-compile && java -cp target/test-classes:target/classes:$(ls ~/.m2/repository/com/ibm/icu/icu4j/*&#47;icu4j-*.jar | tail -1) \
 *   org.policylens.text.HantHansTable src/main/resources/org/policylens/text/hant-hans.txt</pre>
 */
final class HantHansTable {

    private HantHansTable() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), text(), StandardCharsets.UTF_8);
    }

    /** The resource's content: one line per changed char, the char then its folded form. */
    static String text() {
        char[] table = foldedHan();
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < table.length; c++) {
            if (table[c] != c) {
                out.append((char) c).append(table[c]).append('\n');
            }
        }
        return out.toString();
    }

    /** For every BMP char, its Simplified form by ICU, chains followed to their end; identity for all but Han. */
    static char[] foldedHan() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = (char) c;
        }
        // Only Han characters can change under Hant-Hans.
        Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            String simplified = toSimplified.transliterate(String.valueOf((char) c));
            if (simplified.length() == 1) {
                table[c] = simplified.charAt(0);
            }
        }
        resolveChains(table);
        return table;
    }

    /**
     * ICU maps a few characters to a character that itself maps further (薴 → 苧 → 苎), and a few pairs onto each
     * other (苎 ↔ 苧). Following chains to their end, and sending every member of a cycle to its smallest char, makes
     * folding idempotent, so a query typed in any of those forms matches text written in any other.
     */
    private static void resolveChains(char[] table) {
        char[] direct = table.clone();
        for (int c = 0; c < table.length; c++) {
            List<Character> chain = new ArrayList<>();
            char current = (char) c;
            while (direct[current] != current && !chain.contains(current) && chain.size() < 16) {
                chain.add(current);
                current = direct[current];
            }
            int cycleStart = chain.indexOf(current);
            if (cycleStart < 0) {
                table[c] = current;
            } else {
                char smallest = current;
                for (int i = cycleStart; i < chain.size(); i++) {
                    smallest = (char) Math.min(smallest, chain.get(i));
                }
                table[c] = smallest;
            }
        }
    }
}
