package org.policylens.model;

import java.util.Objects;

/**
 * What a user knows about a policy document apart from its text.
 *
 * @param slug      short stable identifier (a-z, 0-9, '-'), unique in a library
 * @param title     the title as written (original characters)
 * @param issuer    issuing body, e.g. 中共浙江省委、浙江省人民政府; may be empty
 * @param level     administrative level of the issuer; null when unknown
 * @param region    region as written, e.g. 安徽省合肥市; may be empty
 * @param date      issue date as ISO text: {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}; null when unknown
 * @param docNumber document number such as 浙委发〔2018〕27号; null when none
 * @param script    the script of the text
 * @param source    file name the text came from
 */
public record DocumentMetadata(String slug, String title, String issuer, Level level, String region,
                               String date, String docNumber, Script script, String source) {

    public DocumentMetadata {
        Objects.requireNonNull(slug, "slug");
        title = title == null ? "" : title;
        issuer = issuer == null ? "" : issuer;
        region = region == null ? "" : region;
        script = script == null ? Script.SIMPLIFIED : script;
        source = source == null ? "" : source;
    }

    /** The year of the issue date, or null. */
    public Integer year() {
        if (date == null || date.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public DocumentMetadata withSlug(String newSlug) {
        return new DocumentMetadata(newSlug, title, issuer, level, region, date, docNumber, script, source);
    }
}
