package org.policylens.ui.subsidies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmountFormatTest {

    @Test
    void wanYiAndYuanAsTheDocumentsWriteThem() {
        assertEquals("200万元", AmountFormat.format(2_000_000));
        assertEquals("5000元", AmountFormat.format(5_000));
        assertEquals("1.5亿元", AmountFormat.format(150_000_000));
        assertEquals("1万元", AmountFormat.format(10_000));
        assertEquals("1.5万元", AmountFormat.format(15_000));
        assertEquals("0元", AmountFormat.format(0));
    }

    @Test
    void keepsEveryYuanOfAWanAmount() {
        assertEquals("1.2345万元", AmountFormat.format(12_345));
    }

    @Test
    void chartAxisIsInWan() {
        assertEquals(200.0, AmountFormat.inWan(2_000_000));
        assertEquals(0.5, AmountFormat.inWan(5_000));
    }
}
