package org.policylens.model;

import java.util.Objects;

/**
 * One theme of a codebook.
 *
 * @param code        stable identifier used in storage, the CLI and exports (e.g. {@code standards})
 * @param nameZh      Chinese name, e.g. 标准化
 * @param nameEn      English name, e.g. Standardisation
 * @param description one line saying what belongs here
 * @param parentCode  the enclosing theme's code, or null for a top-level theme
 * @param rule        how the theme is recognised in text
 */
public record Theme(String code, String nameZh, String nameEn, String description, String parentCode,
                    ThemeRule rule) {

    public Theme {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("theme code must not be blank");
        }
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        description = description == null ? "" : description;
        if (parentCode != null && parentCode.isBlank()) {
            parentCode = null;
        }
        rule = rule == null ? ThemeRule.EMPTY : rule;
    }

    public Theme withNames(String newNameZh, String newNameEn) {
        return new Theme(code, newNameZh, newNameEn, description, parentCode, rule);
    }

    public Theme withParent(String newParentCode) {
        return new Theme(code, nameZh, nameEn, description, newParentCode, rule);
    }

    public Theme withRule(ThemeRule newRule) {
        return new Theme(code, nameZh, nameEn, description, parentCode, newRule);
    }
}
