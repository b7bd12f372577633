package org.policylens.text;

/**
 * The form of text that search compares: script-folded (Traditional → Simplified, full-width → half-width) and with
 * ASCII letters in lower case, so 質量 finds 质量 and "PM2.5" finds "pm2.5". Length-preserving like the folding
 * itself, so offsets found in the key are offsets in the original.
 */
public final class SearchKey {

    private SearchKey() {
    }

    public static String of(String text) {
        String folded = ScriptFolder.fold(text);
        char[] chars = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = folded.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? folded : new String(chars);
    }
}
