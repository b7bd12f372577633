package org.policylens.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.policylens.ingest.IngestException.Reason;
import org.policylens.model.ParsedDocument;

/**
 * Reads saved web pages (.html, .htm). Government sites wrap a policy in navigation, share buttons and footers, so
 * the reader drops page chrome, picks the element that holds the most paragraph text as the article, and turns its
 * block elements into lines (table rows as tab-separated cells). The page's own heading is put first when the article
 * block lacks it, so the title can be recognised.
 */
public final class HtmlDocumentReader implements DocumentReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final String CHROME_TAGS = "script, style, noscript, iframe, nav, header, footer, aside, form, "
            + "button, select, input, svg, object, embed";
    private static final Pattern CHROME_NAME = Pattern.compile(
            "nav|menu|footer|header|breadcrumb|crumb|share|sidebar|comment|related|copyright|login|search|toolbar|"
                    + "banner|advert|qrcode|erweima|print|fontsize",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "tr", "br", "table", "ul", "ol", "blockquote", "pre", "dd", "dt", "center");

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm");
    }

    @Override
    public ParsedDocument read(byte[] bytes, String fileName, String slug) throws IngestException {
        DocumentReader.checkSize(bytes.length);
        Document page = Jsoup.parse(decode(bytes));
        String heading = pageHeading(page);
        page.select(CHROME_TAGS).remove();
        for (Element element : page.getAllElements()) {
            String marker = element.id() + " " + element.className();
            if (element != page.body() && !marker.isBlank() && CHROME_NAME.matcher(marker).find()
                    && element.text().length() < 2000) {
                element.remove();
            }
        }
        Element article = mainContent(page);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collectLines(article, lines, line);
        flush(lines, line);
        if (!heading.isEmpty() && lines.stream().limit(8).noneMatch(l -> l.contains(heading))) {
            lines.add(0, heading);
        }
        return ParsedDocumentBuilder.build(String.join("\n", lines), fileName, slug);
    }

    /**
     * The page's text: the charset its BOM or {@code <meta>} declares (GB2312/GBK widened to GB18030, which
     * contains them), else whatever {@link EncodingDetector} finds.
     */
    static String decode(byte[] bytes) throws IngestException {
        Optional<Charset> declared = declaredCharset(bytes);
        if (declared.isPresent()) {
            String text = new String(bytes, declared.get());
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        return EncodingDetector.decode(bytes).text();
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) {
            name = "GB18030";
        } else if (name.equals("big5")) {
            name = "Big5-HKSCS";
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The first h1 (else the <title> up to a site-name separator), which names the policy on most pages. */
    private static String pageHeading(Document page) {
        Element h1 = page.selectFirst("h1");
        String text = h1 != null ? h1.text() : page.title();
        return text.split("[_|｜]| - | — ")[0].strip();
    }

    /** The element whose own paragraphs hold the most text: the article, without its surroundings. */
    static Element mainContent(Document page) {
        Element body = page.body();
        Element best = body;
        int bestScore = -1;
        for (Element candidate : body.getAllElements()) {
            int score = 0;
            for (Element child : candidate.children()) {
                String tag = child.normalName();
                if (tag.equals("p") || tag.equals("table") || tag.equals("div") && child.children().isEmpty()) {
                    score += child.text().length();
                }
            }
            score += ownText(candidate);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return bestScore < 40 ? body : best;
    }

    private static int ownText(Element element) {
        int length = 0;
        for (TextNode node : element.textNodes()) {
            length += node.text().strip().length();
        }
        return length;
    }

    private static void collectLines(Node node, List<String> lines, StringBuilder line) {
        if (node instanceof TextNode text) {
            line.append(text.text());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("tr")) {
            flush(lines, line);
            List<String> cells = new ArrayList<>();
            for (Element cell : element.select("> td, > th")) {
                cells.add(cell.text().strip());
            }
            lines.add(String.join("\t", cells));
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush(lines, line);
        }
        for (Node child : element.childNodes()) {
            collectLines(child, lines, line);
        }
        if (block) {
            flush(lines, line);
        }
    }

    private static void flush(List<String> lines, StringBuilder line) {
        String text = line.toString().replace('\u00A0', ' ').strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
