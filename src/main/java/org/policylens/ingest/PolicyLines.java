package org.policylens.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylens.text.HeadingLabel;
import org.policylens.text.ScriptFolder;

/**
 * Recognises the kinds of lines that policy documents of this genre are made of: the title, the document number, the
 * issuing body, the date, and the signature (issuer line + date line). Shared by the residue stripper (which uses
 * them to find where the body starts and ends) and the metadata guesser.
 *
 * <p>Every test runs on {@linkplain ScriptFolder#fold folded} text, so one Simplified, half-width rule also covers
 * Traditional characters (關於, 號) and full-width punctuation (（, ：). Because folding keeps offsets, a match
 * position in folded text is the same position in the original, which is how results keep the original characters.
 */
final class PolicyLines {

    private static final String HAN = "\\p{IsHan}";

    /** The genre words a policy title ends with. */
    private static final Pattern TITLE_ENDING = Pattern.compile(
            "(?:意见|方案|纲要|规划|办法|通知|决定|规定|细则|计划|计画|措施|条例|要点|通告|公告|批复)"
                    // An edition or period may follow: (2023—2027年), (试行), (征求意见稿).
                    + "(?:[(][^()]{1,20}[)])?$");

    /** Characters a title line never contains: sentence ends, colons, list and table markers. */
    private static final Pattern NOT_IN_TITLE = Pattern.compile("[。;:,|•!?]");

    /** A document number: 浙委发〔2018〕27号, 合政〔2012〕251號, 国发[2012]9号, 冀政办字（2023）41号. */
    static final Pattern DOC_NUMBER = Pattern.compile(
            HAN + "{1,10}[〔\\[【(]\\s*(?:19|20)\\d{2}\\s*[〕\\]】)]\\s*第?\\d{1,5}\\s*号");

    private static final String CN_DIGIT = "〇零一二三四五六七八九";
    /** A date in Arabic or Chinese numerals: 2018年6月29日, 二〇一二年十二月二十五日. */
    static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2}|[" + CN_DIGIT + "]{4})\\s*年\\s*(\\d{1,2}|[" + CN_DIGIT + "十]{1,3})\\s*月"
                    + "\\s*(\\d{1,2}|[" + CN_DIGIT + "十]{1,4})\\s*日");

    /**
     * One issuing body: the Party committee or the government of a region, one of its offices, or a department.
     * Reluctant quantifiers make 中共浙江省委浙江省人民政府 split into its two bodies.
     */
    static final String ORGAN = "(?:中共中央(?:办公厅)?|国务院(?:办公厅)?|中共" + HAN + "{2,12}?委(?:员会)?(?:办公厅|办公室)?"
            + "|" + HAN + "{2,14}?(?:人民政府|政府)(?:办公厅|办公室)?"
            + "|" + HAN + "{2,14}?(?:委员会|监督管理局|管理局|厅|局))";
    static final Pattern ORGAN_PATTERN = Pattern.compile(ORGAN);
    private static final Pattern ORGAN_LINE = Pattern.compile("(?:" + ORGAN + "[\\s、,]*)+");

    private static final Pattern DATE_LINE = Pattern.compile("[(]?" + DATE.pattern() + "[)]?");
    private static final Pattern ORGAN_AND_DATE_LINE =
            Pattern.compile("(" + ORGAN_LINE.pattern() + ")\\s+" + DATE.pattern());

    private PolicyLines() {
    }

    /** Folded and stripped: the form every rule here is written against. */
    static String folded(String line) {
        return ScriptFolder.fold(line).strip();
    }

    /**
     * True for a line that is a policy title on its own: short, no sentence punctuation, no numbering, and ending with
     * a genre word such as 意见 or 方案 (optionally followed by an edition in brackets).
     */
    static boolean isTitleLine(String line) {
        String f = folded(line);
        int length = f.codePointCount(0, f.length());
        if (length < 6 || length > 80) {
            return false;
        }
        if (NOT_IN_TITLE.matcher(f).find() || HeadingLabel.parse(f).isPresent() || startsWithDocNumber(f)) {
            return false;
        }
        return TITLE_ENDING.matcher(f).find();
    }

    /** True if a genre word ends {@code candidate}, e.g. the text inside 《…》. */
    static boolean endsWithTitleWord(String candidate) {
        return TITLE_ENDING.matcher(folded(candidate)).find();
    }

    /** True for a line that begins with a document number (alone, or followed by a date or the title). */
    static boolean startsWithDocNumber(String line) {
        Matcher m = DOC_NUMBER.matcher(folded(line));
        return m.lookingAt();
    }

    /** True for a line that is only a date, possibly in brackets. */
    static boolean isDateLine(String line) {
        return endsLikeDate(line) && DATE_LINE.matcher(folded(line)).matches();
    }

    /** True for a line made only of issuing bodies, e.g. 合肥市人民政府 or 中共浙江省委 浙江省人民政府. */
    static boolean isOrganLine(String line) {
        String f = folded(line);
        return f.length() <= 60 && ORGAN_LINE.matcher(f).matches();
    }

    /** The issuer part of a one-line signature such as 承德市人民政府办公室 2023年9月6日, if the line is one. */
    static Optional<String> organOfOneLineSignature(String line) {
        if (!endsLikeDate(line)) {
            return Optional.empty(); // the organ pattern backtracks a lot on long lines; most lines end otherwise
        }
        String stripped = line.strip();
        Matcher m = ORGAN_AND_DATE_LINE.matcher(ScriptFolder.fold(stripped));
        return m.matches() ? Optional.of(stripped.substring(m.start(1), m.end(1)).strip()) : Optional.empty();
    }

    /**
     * True if {@code line}, stripped and folded, ends with 日 or 日): what a whole-line match of a date line or a
     * signature needs. Only the last chars are folded: these tests run on every line of a document, and nearly all
     * fail here.
     */
    private static boolean endsLikeDate(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = ScriptFolder.fold(line.charAt(end - 1));
        return last == '日' || last == ')' && end >= 2 && ScriptFolder.fold(line.charAt(end - 2)) == '日';
    }

    /** The ISO date (yyyy-MM-dd) of the first date in {@code text}, if any and valid. */
    static Optional<String> firstIsoDate(String text) {
        Matcher m = DATE.matcher(ScriptFolder.fold(text));
        while (m.find()) {
            Optional<String> iso = toIso(m);
            if (iso.isPresent()) {
                return iso;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> toIso(Matcher m) {
        int year = number(m.group(1));
        int month = number(m.group(2));
        int day = number(m.group(3));
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Arabic digits, a year written digit by digit (二〇一二), or a small number with 十 (十二, 二十五); -1 if none of
     * those.
     */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int tenAt = s.indexOf('十');
        if (tenAt < 0) {
            int value = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }
        int tens = tenAt == 0 ? 1 : digit(s.charAt(0));
        int units = tenAt == s.length() - 1 ? 0 : digit(s.charAt(s.length() - 1));
        return tens < 0 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        int d = CN_DIGIT.indexOf(c);
        if (d >= 0) {
            return d <= 1 ? 0 : d - 1;
        }
        return Character.isDigit(c) ? Character.digit(c, 10) : -1;
    }
}
