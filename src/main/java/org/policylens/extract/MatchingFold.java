package org.policylens.extract;

import org.policylens.text.ScriptFolder;

/**
 * The copy of a document that extraction rules match against: {@link ScriptFolder}'s char-for-char folding
 * (Traditional → Simplified, full-width → half-width) plus two spellings that only matter to number rules: a
 * no-break space reads as a space and the wave dash 〜 as the range sign ~. Lengths are kept, so an index found in
 * the copy is the index of the same character in the original, and quotes are cut from the original.
 */
final class MatchingFold {

    private MatchingFold() {
    }

    static String fold(String text) {
        char[] out = ScriptFolder.fold(text).toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '\u00A0') {
                out[i] = ' ';
            } else if (out[i] == '\u301C') {
                out[i] = '~';
            }
        }
        return new String(out);
    }
}
