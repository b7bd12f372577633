package org.policylens.model;

/**
 * A stored codebook as listed: which codebooks exist side by side and which one codes the passages.
 *
 * @param id     stable identifier
 * @param name   display name
 * @param active whether passages are coded with it
 * @param themes number of themes
 */
public record CodebookSummary(String id, String name, boolean active, int themes) {
}
