package org.policylens.service;

import org.policylens.model.ImportOutcome;

/**
 * What became of one source of an import: its outcome, or the reason it failed (which does not stop the others).
 *
 * @param source  the file name
 * @param outcome what was stored, or null when it failed
 * @param failure why it failed, or null
 */
public record ImportResult(String source, ImportOutcome outcome, UserException failure) {

    static ImportResult of(ImportOutcome outcome) {
        return new ImportResult(outcome.source(), outcome, null);
    }

    static ImportResult failed(String source, UserException failure) {
        return new ImportResult(source, null, failure);
    }

    public boolean failed() {
        return failure != null;
    }

    /**
     * The outcome.
     *
     * @throws UserException why it failed
     */
    public ImportOutcome outcomeOrThrow() {
        if (failure != null) {
            throw failure;
        }
        return outcome;
    }
}
