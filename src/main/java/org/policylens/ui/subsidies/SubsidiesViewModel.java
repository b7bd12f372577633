package org.policylens.ui.subsidies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.policylens.concurrent.BackgroundTask;
import org.policylens.model.RecordStatus;
import org.policylens.model.SubsidyRecord;
import org.policylens.ui.common.DocumentSelection;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.reader.ReaderViewModel;
import org.policylens.ui.targets.ClauseHighlights;

/**
 * The subsidies view: items grouped into families across the compared documents (so one award's rewards line up),
 * amounts as numbers, a chart, and the user's corrections. Loaded once in the background; a change of the selection
 * re-arranges what is in memory, and after a correction only the families that changed are replaced.
 */
public final class SubsidiesViewModel {

    /** One bar of the chart: a family's largest amount in one document, in 万元. */
    public record ChartBar(String family, String region, double amountWan) {
    }

    /** The most families the chart shows; past that the bars get too thin to read (the table has them all). */
    static final int CHART_FAMILIES = 12;

    private record Snapshot(List<SubsidyRecord> subsidies, Map<String, String> regions) {
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
    private Snapshot snapshot;
    private int generation;

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
        load(progress -> new Snapshot(services.app().subsidies().subsidies(null, false),
                regions(services.app().library().documents())), fresh -> fresh);
    }

    /** After a correction only the subsidies are read again. */
    private void refreshSubsidies() {
        load(progress -> services.app().subsidies().subsidies(null, false),
                fresh -> snapshot == null ? null : new Snapshot(fresh, snapshot.regions()));
    }

    private <T> void load(BackgroundTask.Work<T> work, Function<T, Snapshot> toSnapshot) {
        int mine = ++generation;
        services.tasks().run(services.messages().get("subsidies.loading"), work, result -> {
            if (mine == generation) {
                Snapshot next = toSnapshot.apply(result);
                if (next != null) {
                    snapshot = next;
                    highlights.setRecords(next.subsidies());
                    reader.decorators().changed();
                    arrange();
                    loaded.set(true);
                }
            }
        }, services::showFailure);
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
        write(() -> services.app().subsidies().edit(record.id(), parsed.fields()));
        return true;
    }

    public void confirm(SubsidyRecord record) {
        write(() -> services.app().subsidies().confirm(record.id()));
    }

    /** Rejects a record: it leaves this view and the export, and extraction will not bring it back. */
    public void reject(SubsidyRecord record) {
        write(() -> services.app().subsidies().reject(record.id()));
    }

    private void write(Runnable change) {
        services.tasks().run(services.messages().get("subsidies.saving"), progress -> {
            change.run();
            return Boolean.TRUE;
        }, done -> refreshSubsidies(), services::showFailure);
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

    static Map<String, String> regions(List<org.policylens.model.DocumentSummary> documents) {
        Map<String, String> regions = new java.util.LinkedHashMap<>();
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
}
