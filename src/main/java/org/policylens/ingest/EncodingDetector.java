package org.policylens.ingest;

import com.ibm.icu.text.Transliterator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.policylens.ingest.IngestException.Reason;

/**
 * Finds the encoding of a text file and decodes it. Chinese policy texts arrive as UTF-8 (with or without a byte
 * order mark), UTF-16 with a byte order mark (Windows "Unicode" text), GB18030/GBK (mainland) or Big5 (Taiwan, Hong
 * Kong, and Traditional-character pages).
 *
 * <p>Every decoding is strict: a byte sequence that is not valid in a charset rules that charset out, so nothing is
 * ever silently replaced with U+FFFD. Valid GB18030 and valid Big5 overlap heavily (almost any Big5 file is also a
 * well-formed GBK byte stream, decoding to nonsense), so when both decode, the one whose text consists more of common
 * Chinese characters wins. That is a property of language, not of a particular file.
 */
public final class EncodingDetector {

    private static final int SNIFF_BYTES = 64 * 1024;
    /** Share of control bytes above which a file without a UTF-16 byte order mark is taken to be binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /**
     * About 500 of the most frequent Simplified characters in modern Chinese, plus the vocabulary of policy texts.
     * Their Traditional forms are added at start-up, so the same list judges GB and Big5 decodings fairly.
     */
    private static final String COMMON_HANZI =
            "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道"
            + "行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者"
            + "意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被"
            + "利什二等产或新己制身果加西月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处"
            + "走义各入几口认条平系气题活更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命"
            + "山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住"
            + "告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笔连步群压持府装病史谈往技约随"
            + "复首龙仅村江查根标落百县省委议价质服创深健优善励推升施策营环境监督障碍企综合改革域农城乡展健全完善制度"
            + "加快推进实施提高增强发挥作用坚持构建培育引导支持鼓励落实责任单位以上以下左右达到亿元人民政府意见方案纲"
            + "要规划办法通知关于开展活动基础设施水平能力体系建设服务管理检验检测认证计量标准品牌创新技术产业经济社会"
            + "安全食品药工程环保节能绿色生态文化消费市场主体项目资金奖励补助扶持政策考核评价机制重点领域行业企业工作";

    private static final String COMMON_PUNCTUATION = "，。、：；？！“”‘’（）《》〔〕【】—…·";

    private static final BitSet COMMON = buildCommonSet();

    private EncodingDetector() {
    }

    /** Decodes {@code bytes}, or explains why they are not a text file we can read. */
    public static DecodedText decode(byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(Reason.EMPTY, "The file is empty.");
        }
        DecodedText withBom = decodeByByteOrderMark(bytes);
        if (withBom != null) {
            rejectControlCharacters(withBom.text());
            return withBom;
        }
        rejectBinary(bytes);
        Charset utf8 = StandardCharsets.UTF_8;
        String text = tryDecode(bytes, 0, utf8);
        if (text != null) {
            return new DecodedText(text, utf8.name());
        }
        // Not UTF-8: a legacy Chinese encoding. Keep every candidate that decodes and pick the most plausible text.
        List<DecodedText> candidates = new ArrayList<>();
        for (String name : new String[] {"GB18030", "Big5", "x-windows-950"}) {
            if (!Charset.isSupported(name)) {
                continue;
            }
            String decoded = tryDecode(bytes, 0, Charset.forName(name));
            if (decoded != null) {
                candidates.add(new DecodedText(decoded, name));
            }
        }
        DecodedText best = null;
        double bestScore = -1;
        for (DecodedText candidate : candidates) {
            double score = plausibility(candidate.text());
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new IngestException(Reason.UNDECODABLE,
                    "The file is not valid text in UTF-8, UTF-16, GB18030 or Big5.");
        }
        return best;
    }

    /**
     * Share of the non-ASCII, non-space characters of {@code text} that are common Chinese characters or
     * punctuation, from 0 to 1. Real Chinese text scores high; text decoded with the wrong legacy charset scores low,
     * because it is made of rare characters.
     */
    static double plausibility(String text) {
        int considered = 0;
        int common = 0;
        int limit = Math.min(text.length(), SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80 || Character.isWhitespace(c)) {
                continue;
            }
            considered++;
            if (COMMON.get(c)) {
                common++;
            }
        }
        return considered == 0 ? 1.0 : (double) common / considered;
    }

    private static DecodedText decodeByByteOrderMark(byte[] bytes) throws IngestException {
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
        Charset charset;
        int bomLength;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else {
            return null;
        }
        String text = tryDecode(bytes, bomLength, charset);
        if (text == null) {
            throw new IngestException(Reason.UNDECODABLE,
                    "The file starts with a " + charset.name() + " byte order mark but is not valid " + charset.name()
                            + ".");
        }
        return new DecodedText(text, charset.name());
    }

    private static void rejectBinary(byte[] bytes) throws IngestException {
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new IngestException(Reason.BINARY, "The file is not a text file (it contains NUL bytes).");
            }
            if (isControl(b)) {
                controls++;
            }
        }
        if (controls > limit * MAX_CONTROL_SHARE) {
            throw new IngestException(Reason.BINARY, "The file is not a text file (it contains control characters).");
        }
    }

    private static void rejectControlCharacters(String text) throws IngestException {
        int limit = Math.min(text.length(), SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new IngestException(Reason.BINARY, "The file is not a text file (it contains NUL characters).");
            }
            if (isControl(c)) {
                controls++;
            }
        }
        if (controls > limit * MAX_CONTROL_SHARE) {
            throw new IngestException(Reason.BINARY, "The file is not a text file (it contains control characters).");
        }
    }

    /** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape. */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1B;
    }

    private static String tryDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static BitSet buildCommonSet() {
        BitSet set = new BitSet(Character.MAX_VALUE + 1);
        String traditional = Transliterator.getInstance("Hans-Hant").transliterate(COMMON_HANZI);
        for (String chars : new String[] {COMMON_HANZI, traditional, COMMON_PUNCTUATION}) {
            for (int i = 0; i < chars.length(); i++) {
                set.set(chars.charAt(i));
            }
        }
        return set;
    }
}
