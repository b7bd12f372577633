package org.policylens.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named tree of themes. Immutable: every edit returns a new codebook, so a service can compare before and after
 * (e.g. to count the passages a delete affects) and persist the result in one transaction.
 *
 * @param id     stable identifier, unique in a library (e.g. {@code default})
 * @param name   display name
 * @param themes the themes in display order; codes are unique and every parent code names a theme of this codebook
 */
public record Codebook(String id, String name, List<Theme> themes) {

    public Codebook {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        themes = List.copyOf(themes);
        Set<String> codes = new HashSet<>();
        for (Theme theme : themes) {
            if (!codes.add(theme.code())) {
                throw new IllegalArgumentException("duplicate theme code: " + theme.code());
            }
        }
        for (Theme theme : themes) {
            if (theme.parentCode() != null && !codes.contains(theme.parentCode())) {
                throw new IllegalArgumentException("theme " + theme.code() + " has unknown parent " + theme.parentCode());
            }
        }
        for (Theme theme : themes) {
            requireNoCycle(theme, themes);
        }
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return themes.stream().map(Theme::code).toList();
    }

    /** The direct children of {@code code} (null: the top-level themes). */
    public List<Theme> children(String code) {
        return themes.stream().filter(t -> Objects.equals(t.parentCode(), code)).toList();
    }

    public Codebook renamed(String newName) {
        return new Codebook(id, newName, themes);
    }

    /** Adds a theme at the end. */
    public Codebook withThemeAdded(Theme theme) {
        if (theme(theme.code()).isPresent()) {
            throw new IllegalArgumentException("theme already exists: " + theme.code());
        }
        List<Theme> copy = new ArrayList<>(themes);
        copy.add(theme);
        return new Codebook(id, name, copy);
    }

    /** Replaces the theme with the same code (its rule, description, parent …). */
    public Codebook withThemeReplaced(Theme theme) {
        require(theme.code());
        return new Codebook(id, name, themes.stream().map(t -> t.code().equals(theme.code()) ? theme : t).toList());
    }

    /** Gives a theme new Chinese and English names; its code, which passages refer to, stays. */
    public Codebook withThemeRenamed(String code, String nameZh, String nameEn) {
        return withThemeReplaced(require(code).withNames(nameZh, nameEn));
    }

    /**
     * Merges {@code sourceCode} into {@code targetCode}: the target gets the union of both rules, the source's
     * children move to the target, and the source disappears. Passages coded with the source should be recoded
     * with the target by the caller.
     */
    public Codebook withThemesMerged(String sourceCode, String targetCode) {
        Theme source = require(sourceCode);
        Theme target = require(targetCode);
        if (sourceCode.equals(targetCode)) {
            throw new IllegalArgumentException("cannot merge a theme into itself: " + sourceCode);
        }
        List<Theme> copy = new ArrayList<>();
        for (Theme t : themes) {
            if (t.code().equals(sourceCode)) {
                continue;
            }
            Theme updated = t.code().equals(targetCode) ? t.withRule(target.rule().union(source.rule())) : t;
            if (sourceCode.equals(updated.parentCode())) {
                updated = updated.withParent(targetCode);
            }
            copy.add(updated);
        }
        // If the target sat below the source, it takes the source's place in the tree.
        List<Theme> result = new ArrayList<>();
        for (Theme t : copy) {
            result.add(t.code().equals(targetCode) && targetCode.equals(t.parentCode())
                    ? t.withParent(source.parentCode()) : t);
        }
        return new Codebook(id, name, result);
    }

    /** Removes a theme; its children move up to its parent so no subtree is lost. */
    public Codebook withThemeDeleted(String code) {
        Theme removed = require(code);
        List<Theme> copy = new ArrayList<>();
        for (Theme t : themes) {
            if (t.code().equals(code)) {
                continue;
            }
            copy.add(code.equals(t.parentCode()) ? t.withParent(removed.parentCode()) : t);
        }
        return new Codebook(id, name, copy);
    }

    private Theme require(String code) {
        return theme(code).orElseThrow(() -> new IllegalArgumentException("no such theme: " + code));
    }

    private static void requireNoCycle(Theme start, List<Theme> themes) {
        Set<String> seen = new HashSet<>();
        String code = start.code();
        while (code != null) {
            if (!seen.add(code)) {
                throw new IllegalArgumentException("theme parents form a cycle at " + start.code());
            }
            String current = code;
            code = themes.stream().filter(t -> t.code().equals(current)).findFirst().map(Theme::parentCode).orElse(null);
        }
    }
}
