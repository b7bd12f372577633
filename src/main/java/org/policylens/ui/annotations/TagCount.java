package org.policylens.ui.annotations;

/** A tag and how many annotations carry it. */
public record TagCount(String tag, int count) {
}
