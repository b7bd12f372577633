package org.policylens.service;

/**
 * A problem the user caused and can fix (a bad file, an unknown document, a locked export target). Its message is one
 * clear line meant for the user; the CLI prints it and exits with 1, the GUI shows it in a dialog.
 */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
