package org.policylens.service;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Slugs: short ASCII names that identify a document on the command line and in exports. */
final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private Slugs() {
    }

    static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    /** A slug from a file name: its stem in lower case with other characters as '-'; {@code fallback} if none remain. */
    static String fromFileName(String fileName, String fallback) {
        String stem = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
        String slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base}, or base-2, base-3 … whichever is not taken yet. */
    static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
