package org.policylens.ui.subsidies;

import java.util.OptionalLong;
import org.policylens.service.SubsidyService.SubsidyFields;
import org.policylens.text.ChineseNumber;

/**
 * A subsidy correction as the user typed it. The amount is typed as the documents write it (200万元, 最高50万元,
 * 5000元) and read into yuan here, so the number and the text cannot disagree.
 */
public record SubsidyEdit(String item, String recipient, String amountText, String kind) {

    /** The fields, or the message key of the problem. */
    public record Parsed(SubsidyFields fields, String problemKey) {
    }

    public Parsed parse() {
        if (item == null || item.isBlank()) {
            return new Parsed(null, "subsidies.edit.error.item");
        }
        OptionalLong yuan = ChineseNumber.toYuan(amountText);
        if (yuan.isEmpty() || yuan.getAsLong() < 0) {
            return new Parsed(null, "subsidies.edit.error.amount");
        }
        if (kind == null || kind.isBlank()) {
            return new Parsed(null, "subsidies.edit.error.kind");
        }
        return new Parsed(new SubsidyFields(item.strip(), recipient, yuan.getAsLong(), amountText.strip(),
                kind.strip()), null);
    }
}
