package org.policylens.model;

/**
 * How much of the library a theme codes: what a delete or merge of it affects.
 *
 * @param code      the theme
 * @param passages  passages that carry it
 * @param documents documents with at least one such passage
 */
public record ThemeUsage(String code, int passages, int documents) {
}
