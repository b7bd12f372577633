package org.policylens.ui.annotations;

import java.util.Map;

/**
 * What renaming a tag will do, worked out before asking the user: a plain rename, or a merge when the new name is a
 * tag already in use (the annotations of both end up under the new name).
 *
 * @param from      the tag renamed
 * @param to        its new name, stripped
 * @param fromCount annotations carrying {@code from}
 * @param toCount   annotations already carrying {@code to} (0 for a plain rename)
 */
public record TagRenamePlan(String from, String to, int fromCount, int toCount) {

    /** @param counts the current tag counts, as {@code AnnotationService.tags()} gives them */
    public static TagRenamePlan of(Map<String, Integer> counts, String from, String to) {
        String target = to == null ? "" : to.strip();
        return new TagRenamePlan(from, target, counts.getOrDefault(from, 0),
                target.equals(from) ? 0 : counts.getOrDefault(target, 0));
    }

    public boolean isMerge() {
        return toCount > 0;
    }

    /** Nothing to do: no new name, the same name, or a tag nobody uses. */
    public boolean isNoop() {
        return to.isEmpty() || to.equals(from) || fromCount == 0;
    }
}
