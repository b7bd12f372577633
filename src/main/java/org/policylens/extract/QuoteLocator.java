package org.policylens.extract;

/**
 * Makes a quote unique in its document: the shortest span covering the indicator and the number is lengthened to the
 * left (then to the right) within its paragraph until it occurs only once, so that a quote always leads back to one
 * place even when the same sentence recurs (药品监督抽检合格率稳定在99%以上 in two year blocks).
 */
final class QuoteLocator {

    private final String folded;

    QuoteLocator(String folded) {
        this.folded = folded;
    }

    TextSpan unique(int start, int end, TextSpan paragraph) {
        int s = start;
        int e = end;
        while (s < e && isEdgeJunk(folded.charAt(s))) {
            s++;
        }
        while (e > s && isEdgeJunk(folded.charAt(e - 1)) && folded.charAt(e - 1) != ')') {
            e--;
        }
        while (occursMoreThanOnce(s, e)) {
            if (s > paragraph.start()) {
                s--;
            } else if (e < paragraph.end()) {
                e++;
            } else {
                break;
            }
        }
        return new TextSpan(s, e);
    }

    private boolean occursMoreThanOnce(int s, int e) {
        String q = folded.substring(s, e);
        int first = folded.indexOf(q);
        return first >= 0 && folded.indexOf(q, first + 1) >= 0;
    }

    private static boolean isEdgeJunk(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == '、' || c == ':' || c == '。';
    }
}
