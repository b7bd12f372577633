package org.policylens.ingest;

import java.util.Objects;

/**
 * A file could not be turned into a document for a reason the user can act on. The {@link Reason} is what the UI
 * localises; the message is a one-line English explanation for logs and the CLI.
 */
public class IngestException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file was rejected. */
    public enum Reason {
        /** The file holds no text. */
        EMPTY,
        /** The file is not text (NUL bytes or control characters). */
        BINARY,
        /** The bytes are not valid UTF-8, UTF-16, GB18030 or Big5. */
        UNDECODABLE,
        /** The file is bigger than the import limit. */
        TOO_LARGE,
        /** The file claims a format (.docx) but its content is broken, or it unpacks to far more than it holds. */
        CORRUPT,
        /** No reader handles the file's extension. */
        UNSUPPORTED_FORMAT,
        /** The file could not be read. */
        IO
    }

    private final Reason reason;

    public IngestException(Reason reason, String message) {
        this(reason, message, null);
    }

    public IngestException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
