package org.policylens.export;

import java.util.Objects;

/**
 * A workbook could not be written for a reason the user can act on. The {@link Reason} is what the UI localises;
 * the message is one English line for logs and the CLI.
 */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the export failed. */
    public enum Reason {
        /** The target file or its folder is read-only, locked by another program, or not a file. */
        TARGET_NOT_WRITABLE,
        /** The disk is full. */
        DISK_FULL,
        /** Any other input/output failure. */
        IO
    }

    private final Reason reason;

    public ExportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
