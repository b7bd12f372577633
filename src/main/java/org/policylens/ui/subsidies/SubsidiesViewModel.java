package org.policylens.ui.subsidies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.policylens.concurrent.BackgroundTask;
import org.policylens.model.DocumentSummary;
import org.policylens.model.RecordStatus;
import org.policylens.model.SubsidyRecord;
import org.policylens.service.UserException;
import org.policylens.ui.common.DocumentReads;
import org.policylens.ui.common.DocumentSelection;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.library.LibraryChange;
import org.policylens.ui.reader.ReaderViewModel;
import org.policylens.ui.targets.ClauseHighlights;

/**
 * The subsidies view: items grouped into families across the compared documents (so one award's rewards line up),
 * amounts as numbers, a chart, and the user's corrections. Loaded once in the background; a change of the selection
 * re-arranges what is in memory, a change of some documents or a correction reads only the documents concerned, and
 * only the families that changed are replaced.
 */
public final class SubsidiesViewModel {

    /** One bar of the chart: a family's largest amount in one document, in 万元. */
    public record ChartBar(String family, String region, double amountWan) {
    }

    /** The most families the chart shows; past that the bars get too thin to read (the table has them all). */
    static final int CHART_FAMILIES = 12;

    /**
     * What the view holds of the library.
     *
     * @param subsidies in library order
     * @param regions   slug → column title, in library order
     */
    record Snapshot(List<SubsidyRecord> subsidies, Map<String, String> regions) {

        /**
         * This snapshot with the records of some documents read again: the fresh records (none for a document
         * removed) take the place of the held ones, in library order; the other documents' records are kept as
         * they are.
         */
        Snapshot withDocuments(Map<String, List<SubsidyRecord>> fresh) {
            Map<String, List<SubsidyRecord>> byDocument = new HashMap<>(fresh);
            for (SubsidyRecord r : subsidies) {
                if (!fresh.containsKey(r.document())) {
                    byDocument.computeIfAbsent(r.document(), k -> new ArrayList<>()).add(r);
                }
            }
            List<SubsidyRecord> all = new ArrayList<>(subsidies.size());
            regions.keySet().forEach(slug -> all.addAll(byDocument.getOrDefault(slug, List.of())));
            return new Snapshot(List.copyOf(all), regions);
        }

        /**
         * The same records after a metadata edit, read from nowhere: new region titles, and the records of
         * relabelled documents with their document's new region (what a read would give them).
         *
         * @param recordRegions slug → region, of the relabelled documents
         */
        Snapshot relabelled(Map<String, String> recordRegions, Map<String, String> titles) {
            List<SubsidyRecord> records = subsidies;
            if (subsidies.stream().anyMatch(r -> regionChanges(r, recordRegions))) {
                records = subsidies.stream().map(r -> !regionChanges(r, recordRegions) ? r : new SubsidyRecord(
                        r.id(), r.document(), recordRegions.get(r.document()), r.subsidy(), r.status())).toList();
            }
            return new Snapshot(records, titles);
        }

        private static boolean regionChanges(SubsidyRecord record, Map<String, String> recordRegions) {
            String region = recordRegions.get(record.document());
            return region != null && !region.equals(record.region());
        }
    }

    private final UiServices services;
    /**
     * The selection's read-only view, held here: {@code slugs()} hands out a wrapper that listens to the real list
     * only weakly, so a wrapper nobody keeps is collected and its listeners fall silent.
     */
    private final ObservableList<String> selected;
    private final ReaderViewModel reader;
    private final ClauseHighlights<SubsidyRecord> highlights;
    private final ObservableList<SubsidyFamilyRow> families = FXCollections.observableArrayList();
    private final ObservableList<ChartBar> chart = FXCollections.observableArrayList();
    private final ObjectProperty<SubsidyRecord> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper relabels = new ReadOnlyIntegerWrapper();
    private final DocumentReads reads = new DocumentReads();
    private Snapshot snapshot;

    public SubsidiesViewModel(UiServices services, DocumentSelection selection, ReaderViewModel reader) {
        this.services = services;
        this.selected = selection.slugs();
        this.reader = reader;
        this.highlights = new ClauseHighlights<>("subsidy-mark", reader,
                r -> services.messages().get("subsidies.tooltip", r.subsidy().item(), amountText(r)));
        reader.decorators().add(highlights);
        selected.addListener((ListChangeListener<String>) change -> arrange());
    }

    /** Loads the library's subsidies and the documents' regions in the background. */
    public void reload() {
        load(reads.whole(), progress -> new Snapshot(services.app().subsidies().subsidies(null, false),
                regions(services.app().library().documents())), fresh -> fresh);
    }

    /**
     * Follows a change of the library list: the subsidies of documents imported, replaced or removed are read again
     * and the rest are kept; a metadata edit reads nothing (it renames the document's region, in its records too).
     * A whole reload of the list loads everything again.
     */
    public void libraryChanged(LibraryChange change, List<DocumentSummary> documents) {
        if (change.whole() || snapshot == null || reads.wholePending()) {
            reload();
            return;
        }
        Map<String, String> titles = regions(documents);
        boolean retitled = !titles.equals(snapshot.regions());
        Snapshot relabelled = snapshot.relabelled(change.relabelledRegions(documents), titles);
        if (relabelled.subsidies() != snapshot.subsidies()) {
            show(relabelled);
        } else {
            snapshot = relabelled;
            if (retitled) {
                arrange();
            }
        }
        if (retitled) {
            relabels.set(relabels.get() + 1);
        }
        if (change.changesRecords()) {
            readAgain(change.outdated());
        }
    }

    /** Reads the subsidies of these documents (and of those an earlier read had not brought in) again. */
    private void readAgain(Set<String> documents) {
        DocumentReads.Read read = reads.changed(documents);
        load(read, progress -> {
            Map<String, List<SubsidyRecord>> fresh = new HashMap<>();
            for (String slug : read.documents()) {
                fresh.put(slug, subsidiesOf(slug));
            }
            return fresh;
        }, fresh -> snapshot == null ? null : snapshot.withDocuments(fresh));
    }

    /** A document's subsidies; none when it has left the library. */
    private List<SubsidyRecord> subsidiesOf(String slug) {
        try {
            return services.app().subsidies().subsidies(slug, false);
        } catch (UserException gone) {
            return List.of();
        }
    }

    private <T> void load(DocumentReads.Read read, BackgroundTask.Work<T> work, Function<T, Snapshot> toSnapshot) {
        services.tasks().run(services.messages().get("subsidies.loading"), work, result -> {
            if (reads.finished(read)) {
                Snapshot next = toSnapshot.apply(result);
                if (next != null) {
                    show(next);
                }
            }
        }, services::showFailure);
    }

    private void show(Snapshot next) {
        snapshot = next;
        highlights.setRecords(next.subsidies());
        reader.decorators().changed();
        arrange();
        loaded.set(true);
    }

    private void arrange() {
        if (snapshot == null) {
            return;
        }
        List<SubsidyFamilyRow> fresh = SubsidyTable.families(snapshot.subsidies(), List.copyOf(selected));
        replaceChanged(families, fresh);
        chart.setAll(chartOf(fresh));
        SubsidyRecord previous = chosen.get();
        if (previous != null) {
            chosen.set(fresh.stream().flatMap(f -> f.members().stream()).filter(r -> r.id() == previous.id())
                    .findFirst().orElse(null));
        }
    }

    /** Same families in the same order: only changed ones are set, so the table redraws just those. */
    static void replaceChanged(ObservableList<SubsidyFamilyRow> list, List<SubsidyFamilyRow> fresh) {
        boolean sameKeys = list.size() == fresh.size();
        for (int i = 0; sameKeys && i < fresh.size(); i++) {
            sameKeys = list.get(i).key().equals(fresh.get(i).key());
        }
        if (!sameKeys) {
            list.setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!list.get(i).equals(fresh.get(i))) {
                list.set(i, fresh.get(i));
            }
        }
    }

    /** Families with the largest amounts first; within a family, one bar per document (its largest amount). */
    private List<ChartBar> chartOf(List<SubsidyFamilyRow> rows) {
        List<ChartBar> bars = new ArrayList<>();
        rows.stream().sorted(Comparator.comparingLong(SubsidyFamilyRow::maxAmount).reversed())
                .limit(CHART_FAMILIES)
                .forEach(f -> f.members().stream().map(SubsidyRecord::document).distinct().forEach(slug -> {
                    long max = f.members().stream().filter(r -> r.document().equals(slug))
                            .mapToLong(r -> r.subsidy().amountYuan()).max().orElse(0);
                    bars.add(new ChartBar(f.label(), region(slug), AmountFormat.inWan(max)));
                }));
        return bars;
    }

    /** Opens the record's clause in the reader, highlighted. */
    public void openSource(SubsidyRecord record) {
        highlights.open(record);
    }

    /** Saves the user's correction; returns false (after saying why) when a field is wrong. */
    public boolean edit(SubsidyRecord record, SubsidyEdit edit) {
        SubsidyEdit.Parsed parsed = edit.parse();
        if (parsed.fields() == null) {
            services.showError(parsed.problemKey());
            return false;
        }
        write(record, () -> services.app().subsidies().edit(record.id(), parsed.fields()));
        return true;
    }

    public void confirm(SubsidyRecord record) {
        write(record, () -> services.app().subsidies().confirm(record.id()));
    }

    /** Rejects a record: it leaves this view and the export, and extraction will not bring it back. */
    public void reject(SubsidyRecord record) {
        write(record, () -> services.app().subsidies().reject(record.id()));
    }

    /** Saves a correction in the background, then reads the corrected record's document again. */
    private void write(SubsidyRecord record, Runnable change) {
        services.tasks().run(services.messages().get("subsidies.saving"), progress -> {
            change.run();
            return Boolean.TRUE;
        }, done -> readAgain(Set.of(record.document())), services::showFailure);
    }

    /** The amount as the table shows it: 200万元, or 最高100万元 for a ceiling. */
    public String amountText(SubsidyRecord record) {
        String amount = AmountFormat.format(record.subsidy().amountYuan());
        return record.subsidy().isCap() ? services.messages().get("subsidies.amount.cap", amount) : amount;
    }

    public String statusText(RecordStatus status) {
        return services.messages().get("targets.status." + status.code());
    }

    public String region(String slug) {
        return snapshot == null ? slug : snapshot.regions().getOrDefault(slug, slug);
    }

    /** Slug → region (or title), in library order. */
    static Map<String, String> regions(List<DocumentSummary> documents) {
        Map<String, String> regions = new LinkedHashMap<>();
        for (var d : documents) {
            String region = d.metadata().region();
            regions.put(d.slug(), region == null || region.isBlank() ? d.metadata().title() : region);
        }
        return regions;
    }

    public ObservableList<SubsidyFamilyRow> families() {
        return families;
    }

    public ObservableList<ChartBar> chart() {
        return chart;
    }

    /** The record the edit form works on. */
    public ObjectProperty<SubsidyRecord> chosenProperty() {
        return chosen;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Counts the changes of the documents' regions (a metadata edit): the table redraws its region column. */
    public ReadOnlyIntegerProperty relabelsProperty() {
        return relabels.getReadOnlyProperty();
    }

    /** What is held of the library now; for tests that check what a change read again. */
    Snapshot snapshot() {
        return snapshot;
    }
}
