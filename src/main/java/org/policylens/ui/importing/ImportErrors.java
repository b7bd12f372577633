package org.policylens.ui.importing;

import java.util.Locale;
import org.policylens.i18n.Messages;
import org.policylens.ingest.IngestException;
import org.policylens.service.UserException;

/**
 * Turns a failed import into one sentence in the user's language. The ingest layer states why it refused a file as
 * a {@link IngestException.Reason}; that is what gets translated. Other user errors keep the service's own words.
 */
public final class ImportErrors {

    private ImportErrors() {
    }

    public static String describe(Messages messages, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IngestException ingest) {
                return messages.get("import.reason." + ingest.reason().name().toLowerCase(Locale.ROOT));
            }
        }
        if (error instanceof UserException && error.getMessage() != null) {
            return error.getMessage();
        }
        // Not something the user caused: name the kind of failure, never a stack trace; the log has the details.
        return messages.get("import.reason.unexpected",
                error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }
}
