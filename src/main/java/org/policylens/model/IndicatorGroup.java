package org.policylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A row of the cross-region comparison: one canonical indicator and the target records grouped under it.
 *
 * @param key         stable ascii key (a dictionary key such as manufacturing_pass_rate, or a derived key)
 * @param nameZh      Chinese name
 * @param nameEn      English name, or empty for groups not in the dictionary
 * @param fromDictionary true when the key comes from the shipped dictionary
 * @param members     the targets in the group, in input order
 */
public record IndicatorGroup(String key, String nameZh, String nameEn, boolean fromDictionary, List<Target> members) {

    public IndicatorGroup {
        Objects.requireNonNull(key, "key");
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        members = List.copyOf(members);
    }
}
