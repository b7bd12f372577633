package org.policylens.ui.theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * JavaFX falls back only to TrueType CJK fonts, and its CSS takes one font family, not a stack. So the first installed
 * family of a CJK stack is chosen here and handed to the scene as a tiny stylesheet on {@code .root}.
 */
public final class FontStack {

    /** Families that render Chinese well, in order of preference across Windows, macOS and Linux. */
    static final List<String> CJK_FAMILIES = List.of("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "SimSun");

    private FontStack() {
    }

    static Optional<String> pick(Collection<String> installed) {
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst();
    }

    /** A stylesheet URL that sets the root font family, or empty when no CJK family is installed. */
    public static Optional<String> stylesheet(Collection<String> installedFamilies) {
        return pick(installedFamilies).map(family -> {
            String css = ".root { -fx-font-family: \"" + family + "\"; }";
            return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        });
    }
}
