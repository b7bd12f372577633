package org.policylens.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.policylens.model.RecordStatus;
import org.policylens.model.Subsidy;
import org.policylens.model.SubsidyRecord;
import org.policylens.store.DocumentRepository;
import org.policylens.store.SubsidyRepository;

/** Subsidies for the comparison views: listing them and the user's corrections. Every write is one transaction. */
public final class SubsidyService {

    /** The fields a user may correct; the quote and offsets are the record's anchor in the text and stay. */
    public record SubsidyFields(String item, String recipient, long amountYuan, String amountText, String kind) {

        public SubsidyFields {
            if (item == null || item.isBlank()) {
                throw new UserException("a subsidy needs an item");
            }
            if (amountYuan < 0) {
                throw new UserException("an amount cannot be negative: " + amountYuan);
            }
            if (amountText == null || amountText.isBlank() || kind == null || kind.isBlank()) {
                throw new UserException("a subsidy needs the amount as written and its kind");
            }
        }
    }

    private final SubsidyRepository subsidies;
    private final DocumentRepository documents;
    private final Clock clock;

    public SubsidyService(SubsidyRepository subsidies, DocumentRepository documents, Clock clock) {
        this.subsidies = subsidies;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Subsidies in library order.
     *
     * @param slug only this document, or null for all
     * @param includeRejected whether records the user rejected are listed too
     * @throws UserException when there is no document with that slug
     */
    public List<SubsidyRecord> subsidies(String slug, boolean includeRejected) {
        if (slug != null && documents.findBySlug(slug).isEmpty()) {
            throw new UserException("no document with slug '" + slug + "' in the library");
        }
        return subsidies.list(slug, includeRejected);
    }

    /** Replaces a subsidy's fields with the user's; its status becomes edited. */
    public SubsidyRecord edit(long id, SubsidyFields fields) {
        Subsidy old = require(id).subsidy();
        String recipient = fields.recipient() == null || fields.recipient().isBlank() ? null : fields.recipient().strip();
        subsidies.edit(id, new Subsidy(fields.item().strip(), recipient, fields.amountYuan(),
                fields.amountText().strip(), fields.kind().strip(), old.quote(), old.start(), old.end()), now());
        return require(id);
    }

    public SubsidyRecord confirm(long id) {
        return setStatus(id, RecordStatus.CONFIRMED);
    }

    public SubsidyRecord reject(long id) {
        return setStatus(id, RecordStatus.REJECTED);
    }

    private SubsidyRecord setStatus(long id, RecordStatus status) {
        require(id);
        subsidies.setStatus(id, status, now());
        return require(id);
    }

    private SubsidyRecord require(long id) {
        return subsidies.find(id).orElseThrow(() -> new UserException("no subsidy with id " + id));
    }

    private String now() {
        return Instant.now(clock).toString();
    }
}
