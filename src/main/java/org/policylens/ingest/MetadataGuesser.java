package org.policylens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;
import org.policylens.model.Script;
import org.policylens.text.HanScript;
import org.policylens.text.ScriptFolder;

/**
 * Guesses a document's metadata from its text: title, issuer, document number, issue date, level, region and script.
 * Every guess is a general rule of how documents of this genre are written; a field that no rule can support is left
 * empty (null for date and number) rather than invented. Users can correct any field on import.
 *
 * <p>Matching happens on folded text and values are cut from the original at the same offsets, so a Traditional
 * document yields Traditional values (合政〔2012〕251號).
 */
public final class MetadataGuesser {

    /** Title lines are looked for near the start of the body, where documents put them. */
    private static final int TITLE_SEARCH_LINES = 15;
    /** A 《title》 in a leading line (印发了《…》, 《…》主要内容如下) names the document when no title line exists. */
    private static final int QUOTED_TITLE_SEARCH_LINES = 10;

    private static final Pattern QUOTED = Pattern.compile("《([^《》]{4,60})》");
    /** What makes a quoted title this document's own rather than a citation: it is issued or presented here. */
    private static final Pattern ISSUED_BEFORE_QUOTE = Pattern.compile("(?:印发|发布|出台|制定|颁布)了?$");
    private static final Pattern PRESENTED_AFTER_QUOTE = Pattern.compile("^(?:主要内容|全文|已经|现印发|印发给)");
    private static final List<String> PUBLISHING_VERBS = List.of("印发", "发布", "出台");
    /** 中共安徽省委、安徽省人民政府印发了《…》: the issuers of a document a news item announces. */
    private static final Pattern ISSUERS_BEFORE_PUBLISHING = Pattern.compile(
            "((?:" + PolicyLines.ORGAN + "[、\\s]*)+)(?:联合)?(?:" + String.join("|", PUBLISHING_VERBS) + ")了?《");

    /** 制定本实施方案: the genre the document calls itself, used to recognise it when it quotes its own title. */
    private static final Pattern SELF_GENRE = Pattern.compile("(?:制定|印发|出台)本(\\p{IsHan}{2,6}?)(?:[。,;]|$)");

    private static final Pattern ISSUER_LOCAL_PREFIX = Pattern.compile("^(?:中共)?");
    /** Administrative region name at the start of an organ or title: 浙江省, 合肥市, 杭州市上城区. */
    private static final Pattern REGION_PREFIX = Pattern.compile(
            "^(\\p{IsHan}{2,5}?(?:自治区|省|自治州|市|州|盟|地区|县|区|旗))(\\p{IsHan}{1,6}?(?:县|区|旗))?");
    private static final Pattern CONTEXT_PLACE = Pattern.compile("结合(\\p{IsHan}{2,4}?)(?:实际|特点|市情|省情)");

    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");
    private static final List<String> PROVINCES = List.of("北京市", "天津市", "上海市", "重庆市", "河北省", "山西省",
            "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
            "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区",
            "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区");

    /** Share of Han characters that change under Traditional→Simplified folding above which a text is Traditional. */
    private static final double TRADITIONAL_SHARE = 0.05;

    private MetadataGuesser() {
    }

    /**
     * Metadata for a document.
     *
     * @param fullText   the whole decoded text, residue included (a page's summary may hold the date)
     * @param body       the body as stored
     * @param sourceName the file name the text came from
     * @param slug       the slug to use; when null, one is derived from the file name
     */
    public static DocumentMetadata guess(String fullText, String body, String sourceName, String slug) {
        List<String> bodyLines = body.lines().toList();
        List<String> allLines = fullText.lines().toList();
        String source = sourceName == null ? "" : sourceName;
        String title = findTitle(bodyLines, allLines).orElseGet(() -> fileStem(source));
        List<String> issuers = findIssuers(title, bodyLines, allLines);
        String issuer = String.join("、", issuers);
        Optional<String> region = issuers.isEmpty() ? regionFromTitleOrText(title, fullText)
                : regionOfOrgan(issuers.get(0));
        Level level = issuers.stream().anyMatch(MetadataGuesser::isCentral) ? Level.CENTRAL
                : region.map(MetadataGuesser::levelOfRegion).orElse(null);
        String fullRegion = region.map(r -> withProvince(r, level, fullText)).orElse("");
        return new DocumentMetadata(slug == null || slug.isBlank() ? slugFromFileName(source) : slug, title, issuer,
                level, fullRegion, findDate(bodyLines, allLines, title).orElse(null),
                findDocNumber(allLines).orElse(null), detectScript(body), source);
    }

    // ---- title

    static Optional<String> findTitle(List<String> bodyLines, List<String> allLines) {
        Optional<String> inBody = firstTitleLine(bodyLines);
        if (inBody.isPresent()) {
            return inBody;
        }
        Optional<String> inText = firstTitleLine(allLines);
        if (inText.isPresent()) {
            return inText;
        }
        return quotedOwnTitle(allLines).or(() -> selfQuotedTitle(String.join("\n", allLines)));
    }

    /**
     * A document without a title line may still name itself: it says 制定本实施方案 and later 对《关于…的实施方案》
     * 落实情况…. The first quoted title ending with that genre is the document's own; cited documents of other genres
     * (《质量强国建设纲要》) do not qualify.
     */
    private static Optional<String> selfQuotedTitle(String text) {
        String folded = ScriptFolder.fold(text);
        Matcher genre = SELF_GENRE.matcher(folded);
        if (!genre.find()) {
            return Optional.empty();
        }
        Matcher quoted = QUOTED.matcher(folded);
        while (quoted.find()) {
            if (quoted.group(1).endsWith(genre.group(1))) {
                return Optional.of(text.substring(quoted.start(1), quoted.end(1)).strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstTitleLine(List<String> lines) {
        int looked = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (PolicyLines.isTitleLine(line)) {
                return Optional.of(line.strip());
            }
            if (++looked >= TITLE_SEARCH_LINES) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> quotedOwnTitle(List<String> lines) {
        int looked = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String folded = ScriptFolder.fold(line);
            Matcher m = QUOTED.matcher(folded);
            while (m.find()) {
                String before = folded.substring(0, m.start()).strip();
                String after = folded.substring(m.end());
                boolean own = before.isEmpty() || PolicyLines.startsWithDocNumber(before)
                        || ISSUED_BEFORE_QUOTE.matcher(before).find() || PRESENTED_AFTER_QUOTE.matcher(after).find();
                if (own && PolicyLines.endsWithTitleWord(m.group(1))) {
                    return Optional.of(line.substring(m.start(1), m.end(1)).strip());
                }
            }
            if (++looked >= QUOTED_TITLE_SEARCH_LINES) {
                break;
            }
        }
        return Optional.empty();
    }

    // ---- issuer

    /**
     * The issuing bodies, in the order written: from the title (合肥市人民政府关于…), else from the closing signature,
     * else from a sentence announcing the document (中共安徽省委、安徽省人民政府印发了《…》).
     */
    static List<String> findIssuers(String title, List<String> bodyLines, List<String> allLines) {
        String foldedTitle = ScriptFolder.fold(title);
        int about = foldedTitle.indexOf("关于");
        if (about > 0) {
            List<String> organs = organs(title.substring(0, about));
            if (!organs.isEmpty()) {
                return organs;
            }
        }
        Optional<Signature> signature = lastSignature(bodyLines).or(() -> lastSignature(allLines));
        if (signature.isPresent()) {
            return organs(signature.get().issuer);
        }
        for (String line : allLines) {
            String folded = ScriptFolder.fold(line);
            // The pattern backtracks heavily over every start of a long line; only lines with a 印发《 can match.
            if (!hasPublishingVerbBeforeQuote(folded)) {
                continue;
            }
            Matcher m = ISSUERS_BEFORE_PUBLISHING.matcher(folded);
            if (m.find()) {
                return organs(line.substring(m.start(1), m.end(1)));
            }
        }
        return List.of();
    }

    /** True if {@code folded} holds 印发《, 发布了《 or the like: what {@link #ISSUERS_BEFORE_PUBLISHING} ends with. */
    private static boolean hasPublishingVerbBeforeQuote(String folded) {
        for (int quote = folded.indexOf('《'); quote >= 0; quote = folded.indexOf('《', quote + 1)) {
            int verbEnd = quote > 0 && folded.charAt(quote - 1) == '了' ? quote - 1 : quote;
            if (verbEnd >= 2 && PUBLISHING_VERBS.contains(folded.substring(verbEnd - 2, verbEnd))) {
                return true;
            }
        }
        return false;
    }

    /** The organs named in {@code text}, as written, when the text consists of organ names only. */
    private static List<String> organs(String text) {
        String trimmed = text.strip();
        String folded = ScriptFolder.fold(trimmed);
        Matcher m = PolicyLines.ORGAN_PATTERN.matcher(folded);
        List<String> organs = new ArrayList<>();
        int at = 0;
        while (m.find() && folded.substring(at, m.start()).replaceAll("[\\s、,]", "").isEmpty()) {
            organs.add(trimmed.substring(m.start(), m.end()));
            at = m.end();
        }
        boolean allOrgans = folded.substring(at).replaceAll("[\\s、,]", "").isEmpty();
        return allOrgans ? organs : List.of();
    }

    private static boolean isCentral(String organ) {
        String f = ScriptFolder.fold(organ);
        return f.startsWith("中共中央") || f.startsWith("国务院") || f.startsWith("中央");
    }

    // ---- signature, date, number

    private record Signature(String issuer, String date) {
    }

    /** The last signature: an issuer line followed by a date line, or both on one line. */
    private static Optional<Signature> lastSignature(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            Optional<String> oneLine = PolicyLines.organOfOneLineSignature(line);
            if (oneLine.isPresent()) {
                return Optional.of(new Signature(oneLine.get(), PolicyLines.firstIsoDate(line).orElse(null)));
            }
            if (PolicyLines.isDateLine(line) && i > 0) {
                int previous = i - 1;
                while (previous > 0 && lines.get(previous).isBlank()) {
                    previous--;
                }
                if (PolicyLines.isOrganLine(lines.get(previous))) {
                    return Optional.of(new Signature(lines.get(previous).strip(),
                            PolicyLines.firstIsoDate(line).orElse(null)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The issue date: on the document number line (浙委发〔2018〕27号 2018年6月29日), or a date line right under the
     * title, or the closing signature, or a sentence reporting the issue (2012年12月25日,…印发《…》).
     */
    static Optional<String> findDate(List<String> bodyLines, List<String> allLines, String title) {
        for (String line : allLines) {
            if (PolicyLines.startsWithDocNumber(line)) {
                Optional<String> date = PolicyLines.firstIsoDate(line);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (int i = 0; i < bodyLines.size(); i++) {
            if (bodyLines.get(i).strip().equals(title)) {
                for (int j = i + 1; j < Math.min(bodyLines.size(), i + 3); j++) {
                    if (PolicyLines.isDateLine(bodyLines.get(j))) {
                        return PolicyLines.firstIsoDate(bodyLines.get(j));
                    }
                }
            }
        }
        Optional<String> signed = lastSignature(bodyLines).or(() -> lastSignature(allLines))
                .map(Signature::date);
        if (signed.isPresent()) {
            return signed;
        }
        for (String line : allLines) {
            String folded = ScriptFolder.fold(line);
            Matcher m = PolicyLines.DATE.matcher(folded);
            if (m.lookingAt() && folded.contains("印发《")) {
                return PolicyLines.firstIsoDate(line);
            }
        }
        return Optional.empty();
    }

    /**
     * The document's own number: one at the start of a line (alone, with the date, or before the 《title》). Numbers
     * inside sentences are citations of other documents and are ignored.
     */
    static Optional<String> findDocNumber(List<String> allLines) {
        for (String line : allLines) {
            String stripped = line.strip();
            Matcher m = PolicyLines.DOC_NUMBER.matcher(ScriptFolder.fold(stripped));
            if (m.lookingAt()) {
                return Optional.of(stripped.substring(m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    // ---- region and level

    /** 中共浙江省委 → 浙江省; 合肥市人民政府 → 合肥市; 杭州市上城区人民政府 → 杭州市上城区. */
    static Optional<String> regionOfOrgan(String organ) {
        String folded = ISSUER_LOCAL_PREFIX.matcher(ScriptFolder.fold(organ)).replaceFirst("");
        int offset = ScriptFolder.fold(organ).length() - folded.length();
        Matcher m = REGION_PREFIX.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(organ.substring(offset + m.start(), offset + m.end()));
    }

    /** A region named at the start of the title, else the place in 结合宜春实际 (宜春 + 市 or 省 as the text uses it). */
    private static Optional<String> regionFromTitleOrText(String title, String fullText) {
        Optional<String> fromTitle = ScriptFolder.fold(title).startsWith("关于") ? Optional.empty()
                : regionOfOrgan(title);
        if (fromTitle.isPresent()) {
            return fromTitle;
        }
        String folded = ScriptFolder.fold(fullText);
        Matcher m = CONTEXT_PLACE.matcher(folded);
        while (m.find()) {
            String place = m.group(1);
            if (place.startsWith("我") || place.startsWith("本")) {
                continue;
            }
            for (String suffix : new String[] {"市", "省", "县", "区"}) {
                if (place.endsWith(suffix)) {
                    return Optional.of(place);
                }
                if (folded.contains(place + suffix)) {
                    return Optional.of(place + suffix);
                }
            }
        }
        return Optional.empty();
    }

    private static Level levelOfRegion(String region) {
        String f = ScriptFolder.fold(region);
        if (MUNICIPALITIES.stream().anyMatch(f::equals) || f.endsWith("省") || f.endsWith("自治区")) {
            return Level.PROVINCE;
        }
        if (f.endsWith("县") || f.endsWith("区") || f.endsWith("旗")) {
            return Level.COUNTY;
        }
        return Level.CITY;
    }

    /**
     * 合肥市 → 安徽省合肥市, taking the province the text mentions most; a region that already starts with its
     * province, or a province itself, is returned unchanged.
     */
    private static String withProvince(String region, Level level, String fullText) {
        if (level == Level.PROVINCE || level == Level.CENTRAL) {
            return region;
        }
        String foldedRegion = ScriptFolder.fold(region);
        if (PROVINCES.stream().anyMatch(foldedRegion::startsWith)) {
            return region;
        }
        String folded = ScriptFolder.fold(fullText);
        String best = null;
        int bestCount = 0;
        for (String province : PROVINCES) {
            int count = 0;
            for (int at = folded.indexOf(province); at >= 0; at = folded.indexOf(province, at + 1)) {
                count++;
            }
            if (count > bestCount) {
                best = province;
                bestCount = count;
            }
        }
        if (best == null) {
            return region;
        }
        int at = folded.indexOf(best);
        return fullText.substring(at, at + best.length()) + region;
    }

    // ---- script, slug

    /** Traditional when a meaningful share of the Han characters change under Traditional→Simplified folding. */
    static Script detectScript(String text) {
        int han = 0;
        int changed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (HanScript.isHan(c)) {
                han++;
                if (ScriptFolder.changes(c)) {
                    changed++;
                }
            }
        }
        return han > 0 && (double) changed / han > TRADITIONAL_SHARE ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    static String fileStem(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A slug from the file name: lower-case a-z, 0-9 and '-'; "document" when nothing is left. */
    static String slugFromFileName(String fileName) {
        String slug = fileStem(fileName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document" : slug;
    }
}
