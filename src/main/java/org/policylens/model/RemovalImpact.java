package org.policylens.model;

/**
 * What removing a document takes with it, for the confirmation a user sees first.
 *
 * @param annotations     the document's annotations
 * @param recordDecisions targets and subsidies the user confirmed, edited or rejected
 * @param themeDecisions  themes the user added to or removed from its passages (these are kept by slug and come
 *                        back if a document with the same slug is imported again)
 */
public record RemovalImpact(int annotations, int recordDecisions, int themeDecisions) {

    public boolean losesUserData() {
        return annotations > 0 || recordDecisions > 0;
    }
}
