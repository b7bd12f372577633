package org.policylens.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policylens.model.Subsidy;
import org.policylens.model.Target;

import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction over arbitrary text: never throws, quotes are the text at their offsets, values are in their quotes. */
class ExtractionPropertiesTest {

    private static final List<String> FRAGMENTS = List.of("到2025年,", "2023年,", "2026年底前,", "制造业产品质量合格率",
            "达到", "98%", "９８％", "以上", "左右", "、", ",", "，", "。", "分别达到", "30万元/亩", "1-2个", "1—3个百分点",
            "各100家", "建立10個國家級、20個省級、30個市級單位", "每年", "年均增长", "对获得", "的,", "分别给予", "200萬元",
            "50万元", "奖励", "一次性獎勵", "资助", "最高", "\n", "——", "一、", "(一)", "1.", "“5分钟便利店”", "5G",
            "〔2012〕251號", "(2023—2027年)", "\t", "|", "奖励金额(万元)", "𠀀", "各", "等", "的", "建成", "为", "超过",
            "1.5萬件", "0.8噸標煤/萬元", "百分之九十", "十二", "2.12件", "  ");

    @Provide
    Arbitrary<String> policyLikeText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e2f').ofMaxLength(3),
                Arbitraries.strings().withChars("0123456789.%、,。()—-~至个家项万元年").ofMaxLength(5));
        return fragment.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void targetsAreSound(@ForAll("policyLikeText") String text) {
        for (Target t : new TargetExtractor().extract(text)) {
            assertEquals(t.quote(), slice(text, t.start(), t.end()));
            assertTrue(numbersIn(t.quote()).contains(t.value()), () -> t + " value not in quote");
            if (t.valueMax() != null) {
                assertTrue(numbersIn(t.quote()).contains(t.valueMax()));
            }
        }
    }

    @Property(tries = 400)
    void subsidiesAreSound(@ForAll("policyLikeText") String text) {
        for (Subsidy s : new SubsidyExtractor().extract(text)) {
            assertEquals(s.quote(), slice(text, s.start(), s.end()));
            String q = Normalizer.normalize(s.quote(), Normalizer.Form.NFKC);
            String a = Normalizer.normalize(s.amountText(), Normalizer.Form.NFKC);
            assertTrue(q.contains(a.replaceFirst("^(最高|不超过|最多|上限为?)", "").replaceAll("元$", ""))
                    || q.contains(a), () -> s + " amount not in quote");
            assertTrue(s.amountYuan() >= 0);
        }
    }

    private static String slice(String text, int cpStart, int cpEnd) {
        return text.substring(text.offsetByCodePoints(0, cpStart), text.offsetByCodePoints(0, cpEnd));
    }

    private static List<Double> numbersIn(String quote) {
        String q = Normalizer.normalize(quote, Normalizer.Form.NFKC);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9]+(?:\\.[0-9]+)?").matcher(q);
        List<Double> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out;
    }
}
