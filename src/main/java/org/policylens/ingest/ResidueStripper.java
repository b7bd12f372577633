package org.policylens.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the policy body inside text saved from a web page, dropping what the page wrapped around it: a leading
 * metadata table ({@code 政策级别 | 党委政府 |}), an encyclopedia-style preamble (summary, info box, "意见全文"),
 * and trailing link lists, share and follow prompts, "政策解读" links and print colophons.
 *
 * <p>The rules describe page furniture of this genre, never a particular file, and they only ever cut at the edges:
 * a document without residue keeps every line. The body is one contiguous range of lines.
 */
public final class ResidueStripper {

    /** {@code label | value |}: a row of a metadata table, as exported from policy portals. */
    private static final Pattern TABLE_ROW = Pattern.compile("[^|]{1,20}\\|.*\\|");

    /** A line announcing that the full text follows: 意见全文, 全文, 正文:, 原文. */
    private static final Pattern FULL_TEXT_MARKER = Pattern.compile("\\p{IsHan}{0,4}(?:全文|正文|原文)[:]?");

    /** Page furniture that closes a saved page. Matched against the folded, stripped line. */
    private static final Pattern TRAILING_MARKER = Pattern.compile(
            "(?:相关词条|热门词条|相关链接|相关文章|相关阅读|相关新闻|相关文件|推荐阅读|联系我们|关于我们|网站地图"
                    + "|分享到.*|打印本页|关闭窗口|返回顶部|【打印】|【关闭】|扫描二维码.*|扫一扫.*|关注我们"
                    + "|政策解读[:].*|责任编辑[:].*|来源[:].*|上一篇.*|下一篇.*|版权所有.*|附件[:]?"
                    // A print colophon: 承德市人民政府办公室 2023年9月6日印发.
                    + "|" + PolicyLines.ORGAN + "[\\s、]*" + PolicyLines.DATE.pattern() + "\\s*印发)");

    /** A link item of a trailing list: a short line without sentence punctuation. */
    private static final int MAX_LINK_ITEM_LENGTH = 12;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。;,!?]");

    private ResidueStripper() {
    }

    /** The range of {@code lines} that holds the policy body, trimmed of blank lines at both ends. */
    public static LineRange findBody(List<String> lines) {
        int start = skipLeadingTable(lines);
        start = startOfFullText(lines, start);
        int end = endBeforeTrailingResidue(lines, start);
        end = endAtClosingSignature(lines, start, end);
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return new LineRange(start, end);
    }

    private static int skipLeadingTable(List<String> lines) {
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || TABLE_ROW.matcher(lines.get(i).strip()).matches())) {
            i++;
        }
        return i;
    }

    /**
     * Where an encyclopedia-style page or a page header repeats the document before giving it in full, the body
     * starts at the last title line that is followed by its document number, or after a "全文" marker. Evidence of
     * such a preamble is required (the title already appeared above, or a marker line exists), so an ordinary
     * document that simply opens with title and number keeps everything.
     */
    private static int startOfFullText(List<String> lines, int start) {
        int afterMarker = -1;
        for (int i = start; i < lines.size(); i++) {
            String f = PolicyLines.folded(lines.get(i));
            if (!f.isEmpty() && f.length() <= 8 && FULL_TEXT_MARKER.matcher(f).matches()) {
                afterMarker = i + 1;
            }
        }
        int titleWithNumber = -1;
        for (int i = start; i < lines.size(); i++) {
            if (!PolicyLines.isTitleLine(lines.get(i))) {
                continue;
            }
            int next = nextNonBlank(lines, i + 1);
            boolean numbered = next < lines.size() && PolicyLines.startsWithDocNumber(lines.get(next));
            boolean seenBefore = appearsBefore(lines, start, i, PolicyLines.folded(lines.get(i)));
            if (numbered && (seenBefore || (afterMarker >= 0 && afterMarker <= i))) {
                titleWithNumber = i;
            }
        }
        if (titleWithNumber >= 0) {
            return titleWithNumber;
        }
        return afterMarker >= 0 ? afterMarker : start;
    }

    private static boolean appearsBefore(List<String> lines, int from, int to, String foldedTitle) {
        for (int i = from; i < to; i++) {
            if (PolicyLines.folded(lines.get(i)).contains(foldedTitle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks up from the end over residue: blank lines, page furniture and short link items. The body ends before
     * the first page-furniture line of that trailing block; link items alone are not enough to cut (a document may
     * end with a short line of its own).
     */
    private static int endBeforeTrailingResidue(List<String> lines, int start) {
        int end = lines.size();
        for (int i = lines.size() - 1; i >= start; i--) {
            String line = lines.get(i);
            if (isTrailingMarker(line)) {
                end = i;
            } else if (!line.isBlank() && !isLinkItem(line)) {
                break;
            }
        }
        return end;
    }

    /**
     * If the body closes with a signature (issuer line + date line, or both on one line) followed only by blank
     * lines, page furniture and short link items, the body ends with that signature.
     */
    private static int endAtClosingSignature(List<String> lines, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            String line = lines.get(i);
            if (PolicyLines.organOfOneLineSignature(line).isPresent()) {
                return i + 1;
            }
            if (PolicyLines.isDateLine(line)) {
                int previous = previousNonBlank(lines, i - 1, start);
                if (previous >= start && PolicyLines.isOrganLine(lines.get(previous))) {
                    return i + 1;
                }
            }
            if (!line.isBlank() && !isTrailingMarker(line) && !isLinkItem(line)) {
                return end;
            }
        }
        return end;
    }

    private static boolean isTrailingMarker(String line) {
        String f = PolicyLines.folded(line);
        return !f.isEmpty() && TRAILING_MARKER.matcher(f).matches();
    }

    private static boolean isLinkItem(String line) {
        String f = PolicyLines.folded(line);
        return !f.isEmpty() && f.codePointCount(0, f.length()) <= MAX_LINK_ITEM_LENGTH
                && !SENTENCE_PUNCTUATION.matcher(f).find();
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static int previousNonBlank(List<String> lines, int from, int floor) {
        int i = from;
        while (i >= floor && lines.get(i).isBlank()) {
            i--;
        }
        return i;
    }
}
