package org.policylens.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.policylens.i18n.Messages;
import org.policylens.ingest.IngestException;
import org.policylens.service.UserException;

class ImportErrorsTest {

    @Test
    void everyIngestReasonHasASentenceInBothLanguages() {
        for (Messages messages : new Messages[] {new Messages(Messages.CHINESE), new Messages(Messages.ENGLISH)}) {
            for (IngestException.Reason reason : IngestException.Reason.values()) {
                String text = ImportErrors.describe(messages,
                        new UserException("x.docx: english", new IngestException(reason, "english")));
                assertFalse(text.startsWith("!"), reason + " in " + messages.locale());
                assertFalse(text.contains("english"), reason + ": " + text);
            }
        }
    }

    @Test
    void otherUserErrorsKeepTheirOwnWordsAndUnexpectedOnesAreNamedWithoutAStackTrace() {
        Messages zh = new Messages(Messages.CHINESE);
        assertEquals("the slug 'a' is taken", ImportErrors.describe(zh, new UserException("the slug 'a' is taken")));
        assertEquals("导入时发生意外错误：disk I/O error",
                ImportErrors.describe(zh, new IllegalStateException("disk I/O error")));
    }
}
