package org.policylens.store;

/** A storage failure: the library file cannot be opened, read or written. Unchecked, logged once by the caller. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
