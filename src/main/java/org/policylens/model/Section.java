package org.policylens.model;

/**
 * A heading of a document and the span of text it governs.
 *
 * @param ordinal  position among the document's sections, from 0, in reading order
 * @param parent   ordinal of the enclosing section, or -1 for a top-level chapter
 * @param depth    1 for chapters (一、), 2 for sections ((一)), 3 for items (1.), 4 for sub-items ((1)), 5 for —— bullets
 * @param label    the numbering as written, e.g. 一、 or (四) or 1.; empty for —— bullets
 * @param heading  the heading text as written, without the label
 * @param start    code point offset of the heading line in the document text
 * @param end      code point offset where the section's text ends
 * @param path     the section path, e.g. 三、主要任务 › (四)加强标准建设
 */
public record Section(int ordinal, int parent, int depth, String label, String heading, int start, int end,
                      String path) {

    /** The separator between levels of a section path. */
    public static final String PATH_SEPARATOR = " › ";

    /** Label and heading as one line, e.g. 一、总体目标. */
    public String title() {
        return label + heading;
    }
}
