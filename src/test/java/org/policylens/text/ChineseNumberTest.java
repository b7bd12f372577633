package org.policylens.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseNumberTest {

    @ParameterizedTest
    @CsvSource({"12,12", "１２.５,12.5", "0.8,0.8", "十二,12", "两,2", "一百二十,120", "二十,20", "百分之九十,90",
        "1.5万,15000", "2.5万亿,2500000000000", "3亿,300000000", "1.5萬,15000", "2億,200000000", "三千五百万,35000000",
        "一亿二千万,120000000", "二〇二五,2025", "十,10"})
    void parsesNumbers(String text, double expected) {
        assertEquals(expected, ChineseNumber.parse(text).orElseThrow(), 1e-6);
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertTrue(ChineseNumber.parse("质量").isEmpty());
        assertTrue(ChineseNumber.parse("").isEmpty());
        assertTrue(ChineseNumber.parse(null).isEmpty());
        assertTrue(ChineseNumber.parse("12abc").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"1-2个,1,2,个", "1—3个百分点,1,3,个百分点", "3~5,3,5,", "3至5家,3,5,家", "3－5項,3,5,項", "3～5,3,5,"})
    void parsesRanges(String text, double low, double high, String unit) {
        ChineseNumber.Quantity q = ChineseNumber.parseQuantity(text).orElseThrow();
        assertEquals(low, q.value());
        assertEquals(high, q.valueMax());
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest
    @CsvSource({"98%,98,%", "９８％,98,％", "30万元/亩,30,万元/亩", "0.8吨标煤/万元,0.8,吨标煤/万元", "0.8噸標煤/萬元,0.8,噸標煤/萬元",
        "5批次/千人,5,批次/千人", "1.5萬件,1.5,萬件", "2.5万亿元,2.5,万亿元", "30万元/人·年,30,万元/人·年", "35微克/立方米,35,微克/立方米"})
    void parsesUnitsAsWritten(String text, double value, String unit) {
        ChineseNumber.Quantity q = ChineseNumber.parseQuantity(text).orElseThrow();
        assertEquals(value, q.value());
        assertNull(q.valueMax());
        assertEquals(unit, q.unit());
    }

    @Test
    void percentOfIsAPercentage() {
        ChineseNumber.Quantity q = ChineseNumber.parseQuantity("百分之九十").orElseThrow();
        assertEquals(90, q.value());
        assertTrue(q.isPercent());
        assertFalse(ChineseNumber.parseQuantity("12个苹果").isPresent());
    }

    @ParameterizedTest
    @CsvSource({"200万元,2000000", "200萬元,2000000", "1.5亿元,150000000", "5000元,5000", "最高100万元,1000000",
        "不超过50万元,500000", "二十万元,200000", "５万元,50000"})
    void convertsAmountsToYuan(String text, long yuan) {
        assertEquals(yuan, ChineseNumber.toYuan(text).orElseThrow());
    }

    @Test
    void unitsAreRecognisedWithMultipliers() {
        assertEquals(2, ChineseUnit.unitEnd("12万元。", 2) - 2);
        assertEquals(8, ChineseUnit.unitEnd("30万元/人·年,", 2));
        assertEquals(1e4, ChineseUnit.multiplierOf("萬元"));
        assertEquals(1e12, ChineseUnit.multiplierOf("万亿元"));
        assertTrue(ChineseUnit.isMoney("亿元"));
        assertFalse(ChineseUnit.isMoney("万元/亩"));
    }
}
