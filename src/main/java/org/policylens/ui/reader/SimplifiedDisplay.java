package org.policylens.ui.reader;

import org.policylens.text.ScriptFolder;

/**
 * The "show in Simplified" form of a text: Traditional characters replaced by their Simplified forms, char for char, so
 * every offset (search hits, find matches, later annotations) still lands on the same characters. Unlike search
 * folding it keeps full-width punctuation and spaces as written, because that is how Chinese text should look.
 */
final class SimplifiedDisplay {

    private SimplifiedDisplay() {
    }

    static String of(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!isFullWidthOrSpace(c)) {
                chars[i] = ScriptFolder.fold(c);
            }
        }
        return new String(chars);
    }

    private static boolean isFullWidthOrSpace(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000';
    }
}
