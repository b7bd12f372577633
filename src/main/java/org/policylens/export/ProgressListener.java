package org.policylens.export;

/**
 * Told how far an export has got, from the exporting thread. Shaped like a JavaFX Task's updateProgress and
 * updateMessage, so a BackgroundTask can forward it as it is.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, stage) -> { };

    /**
     * @param done  units of work done (rows written)
     * @param total units of work in all
     * @param stage the sheet being written, in the workbook's language
     */
    void progress(long done, long total, String stage);
}
