package org.policylens.model;

import java.util.Locale;

/** The highlight colours a user can choose; the UI maps each to a theme-aware CSS class. */
public enum AnnotationColor {
    YELLOW, GREEN, BLUE, PINK, PURPLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnnotationColor fromCode(String code) {
        for (AnnotationColor color : values()) {
            if (color.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return color;
            }
        }
        throw new IllegalArgumentException("unknown colour '" + code + "' (use yellow, green, blue, pink or purple)");
    }
}
