package org.policylens.text;

import com.ibm.icu.text.Transliterator;

/** Temporary minimal folding; replaced by the ingest branch's implementation on merge. */
public final class ScriptFolder {
    private static final Transliterator HANT_HANS = Transliterator.getInstance("Hant-Hans");
    private static final char[] TABLE = new char[65536];
    private static boolean built;

    private ScriptFolder() {
    }

    public static synchronized String fold(String s) {
        if (!built) {
            for (int c = 0; c < 65536; c++) {
                TABLE[c] = (char) c;
            }
            for (int c = 0x3400; c < 0xA000; c++) {
                String out = HANT_HANS.transliterate(String.valueOf((char) c));
                if (out.length() == 1) {
                    TABLE[c] = out.charAt(0);
                }
            }
            for (int c = 0xFF01; c <= 0xFF5E; c++) {
                TABLE[c] = (char) (c - 0xFEE0);
            }
            TABLE[0x3000] = ' ';
            built = true;
        }
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[out[i]];
        }
        return new String(out);
    }
}
