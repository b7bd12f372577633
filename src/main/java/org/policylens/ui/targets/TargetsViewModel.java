package org.policylens.ui.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.policylens.concurrent.BackgroundTask;
import org.policylens.model.DocumentSummary;
import org.policylens.model.RecordStatus;
import org.policylens.model.TargetRecord;
import org.policylens.service.TargetService.TargetRow;
import org.policylens.ui.common.DocumentReads;
import org.policylens.ui.common.DocumentSelection;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.library.LibraryChange;
import org.policylens.ui.reader.ReaderViewModel;

/**
 * The targets view: indicators across the compared documents, filters, the records behind the chosen cell, a
 * chart of the chosen indicator, and the user's corrections. The library is loaded once in the background; a change
 * of the document selection or a filter only re-arranges what is in memory, a change of some documents reads just
 * their themes (see {@link #libraryChanged}), and after any of these only the rows whose content changed are
 * replaced, so the table keeps its scroll position and selection.
 */
public final class TargetsViewModel {

    /** A value of the chosen indicator for the chart: one bar per document and year. */
    public record ChartPoint(String region, Integer year, double value, String label) {
    }

    /** An indicator group a record can be moved to, or a row merged into. */
    public record GroupChoice(String key, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final UiServices services;
    /**
     * The selection's read-only view, held here: {@code slugs()} hands out a wrapper that listens to the real list
     * only weakly, so a wrapper nobody keeps is collected and its listeners fall silent.
     */
    private final ObservableList<String> selected;
    private final ReaderViewModel reader;
    private final TargetCellFormat format;
    private final ClauseHighlights<TargetRecord> highlights;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<TargetTableRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> themes = FXCollections.observableArrayList();
    private final ObservableList<TargetRecord> details = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> chart = FXCollections.observableArrayList();
    private final ObjectProperty<String> themeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    private final BooleanProperty sharedOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<TargetTableRow> selectedRow = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TargetRecord> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper columnTitles = new ReadOnlyIntegerWrapper();
    private final DocumentReads reads = new DocumentReads();
    private TargetSnapshot snapshot;
    private String selectedKey;
    private String selectedSlug;
    private boolean arranging;

    public TargetsViewModel(UiServices services, DocumentSelection selection, ReaderViewModel reader) {
        this.services = services;
        this.selected = selection.slugs();
        this.reader = reader;
        this.format = new TargetCellFormat(services.messages().get("targets.cell.peryear"));
        this.highlights = new ClauseHighlights<>("target-mark", reader,
                r -> services.messages().get("targets.tooltip", r.target().indicator(), format.format(r.target())));
        reader.decorators().add(highlights);
        selected.addListener((ListChangeListener<String>) change -> arrange());
        themeFilter.addListener((obs, old, code) -> arrange());
        yearFilter.addListener((obs, old, year) -> arrange());
        sharedOnly.addListener((obs, old, on) -> arrange());
    }

    /** Loads the library's targets in the background; the rows appear when it is done. */
    public void reload() {
        load(reads.whole(), progress -> TargetSnapshot.load(services.app(), english()), fresh -> fresh);
    }

    /**
     * Follows a change of the library list: documents imported, replaced or removed are read again (their targets
     * and their passages' themes), the rest of what is held stays; a metadata edit reads nothing, it renames columns
     * and the region the document's records carry. The selection and the filters stay. A whole reload of the list
     * loads everything again.
     */
    public void libraryChanged(LibraryChange change, List<DocumentSummary> documents) {
        if (change.whole() || snapshot == null || reads.wholePending()) {
            reload();
            return;
        }
        Map<String, String> titles = TargetSnapshot.regions(documents);
        boolean retitled = !titles.equals(snapshot.regions());
        TargetSnapshot relabelled = snapshot.relabelled(change.relabelledRegions(documents), titles);
        if (relabelled.targets() != snapshot.targets()) {
            show(relabelled);
        } else {
            snapshot = relabelled;
            if (retitled) {
                arrange(); // the chart names its bars by region
            }
        }
        if (retitled) {
            columnTitles.set(columnTitles.get() + 1);
        }
        if (change.changesRecords()) {
            refresh(change.outdated());
        }
    }

    /**
     * Reads the targets again with their groups (after a correction, or a change of documents) and, for the
     * documents changed since the last read, their themes; a later read takes over the documents an earlier one
     * had not finished.
     */
    private void refresh(Set<String> changed) {
        DocumentReads.Read read = reads.changed(changed);
        load(read, progress -> TargetSnapshot.read(services.app(), read.documents()),
                changes -> snapshot == null ? null : snapshot.withChanges(changes, read.documents(), english()));
    }

    private boolean english() {
        return services.messages().locale().getLanguage().equals("en");
    }

    private <T> void load(DocumentReads.Read read, BackgroundTask.Work<T> work,
                          Function<T, TargetSnapshot> toSnapshot) {
        services.tasks().run(services.messages().get("targets.loading"), work, result -> {
            // A later load wins: results of an earlier one are dropped.
            if (reads.finished(read)) {
                TargetSnapshot next = toSnapshot.apply(result);
                if (next != null) {
                    show(next);
                }
            }
        }, services::showFailure);
    }

    private void show(TargetSnapshot next) {
        snapshot = next;
        List<String> themeCodes = List.copyOf(next.themeNames().keySet());
        if (!themes.equals(themeCodes)) {
            themes.setAll(themeCodes);
        }
        highlights.setRecords(next.targets().stream().map(TargetRow::record).toList());
        reader.decorators().changed();
        arrange();
        loaded.set(true);
    }

    /** Builds the rows for the selected documents and filters, replacing only rows that changed. */
    private void arrange() {
        if (snapshot == null) {
            return;
        }
        arranging = true;
        try {
            arrangeRows();
        } finally {
            arranging = false;
        }
    }

    private void arrangeRows() {
        List<String> slugs = List.copyOf(selected);
        if (!columns.equals(slugs)) {
            columns.setAll(slugs);
        }
        List<TargetTableRow> all = TargetTable.rows(snapshot.targets(), slugs);
        TreeSet<Integer> allYears = new TreeSet<>();
        all.forEach(r -> allYears.addAll(r.years()));
        if (!years.equals(List.copyOf(allYears))) {
            years.setAll(allYears);
        }
        TargetFilter filter = new TargetFilter(themeFilter.get(), yearFilter.get(), sharedOnly.get());
        replaceChanged(rows, all.stream().filter(r -> filter.accepts(r, snapshot.themesByTarget())).toList());
        select(selectedKey == null ? null : find(selectedKey), selectedSlug);
    }

    /**
     * Makes {@code list} equal to {@code fresh} touching as little as possible: when the same rows are there in the
     * same order, only those whose content changed are set, so the table redraws just them.
     */
    static void replaceChanged(ObservableList<TargetTableRow> list, List<TargetTableRow> fresh) {
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

    private TargetTableRow find(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * Chooses a cell (or, with a null slug, the whole row): the detail list shows its records and the chart the
     * row's values in every compared document.
     */
    public void select(TargetTableRow row, String slug) {
        selectedRow.set(row);
        selectedKey = row == null ? null : row.key();
        selectedSlug = row == null ? null : slug;
        TargetRecord previouslyChosen = chosen.get();
        if (row == null) {
            details.clear();
            chart.clear();
        } else {
            List<TargetRecord> records = slug == null || row.cell(slug).isEmpty() ? row.records(columns)
                    : row.cell(slug);
            if (!details.equals(records)) {
                details.setAll(records);
            }
            chart.setAll(chartOf(row));
        }
        // Keep the record being edited chosen, in its fresh form, when it is still listed; else the cell's first.
        chosen.set(details.stream().filter(r -> previouslyChosen != null && r.id() == previouslyChosen.id())
                .findFirst().orElse(details.isEmpty() ? null : details.get(0)));
    }

    private List<ChartPoint> chartOf(TargetTableRow row) {
        List<ChartPoint> points = new ArrayList<>();
        for (String slug : columns) {
            for (TargetRecord r : row.cell(slug)) {
                points.add(new ChartPoint(columnTitle(slug), r.target().year(), r.target().value(),
                        format.format(r.target())));
            }
        }
        return points;
    }

    /** Opens the record's clause in the reader, highlighted. */
    public void openSource(TargetRecord record) {
        highlights.open(record);
    }

    /** Saves the user's correction of a record; returns false (after saying why) when a field is wrong. */
    public boolean edit(TargetRecord record, TargetEdit edit) {
        TargetEdit.Parsed parsed = edit.parse();
        if (parsed.fields() == null) {
            services.showError(parsed.problemKey());
            return false;
        }
        write(() -> {
            services.app().targets().edit(record.id(), parsed.fields());
            return null;
        });
        return true;
    }

    public void confirm(TargetRecord record) {
        write(() -> {
            services.app().targets().confirm(record.id());
            return null;
        });
    }

    /** Rejects a record: it leaves the comparison (and the export), and extraction will not bring it back. */
    public void reject(TargetRecord record) {
        write(() -> {
            services.app().targets().reject(record.id());
            return null;
        });
    }

    /** Moves a record to another indicator group; the selection follows it there. */
    public void moveTo(TargetRecord record, GroupChoice group) {
        write(() -> {
            services.app().targets().moveTargets(List.of(record.id()), group.key());
            return group.key();
        });
    }

    /** Splits a record off into a new indicator group of its own, named by the user. */
    public void splitOff(TargetRecord record, String name) {
        if (name == null || name.isBlank()) {
            services.showError("targets.group.error.name");
            return;
        }
        write(() -> services.app().targets().splitTargets(List.of(record.id()), name));
    }

    /** Merges the selected row into another indicator group: from now on they are one row. */
    public void mergeSelectedInto(GroupChoice into) {
        TargetTableRow row = selectedRow.get();
        if (row != null && into != null) {
            write(() -> {
                services.app().targets().mergeGroups(row.key(), into.key());
                return into.key();
            });
        }
    }

    /** Puts the chosen record back in the group the automatic alignment gives it. */
    public void resetGroup(TargetRecord record) {
        write(() -> {
            services.app().targets().resetGroup(List.of(record.id()));
            return null;
        });
    }

    /**
     * Runs a correction in the background, then refreshes the targets.
     *
     * @param change returns the indicator group the selection should follow (after a move, merge or split), or null
     *               to stay on the current row
     */
    private void write(Supplier<String> change) {
        services.tasks().run(services.messages().get("targets.saving"), progress -> Optional.ofNullable(change.get()),
                follow -> {
                    follow.ifPresent(key -> selectedKey = key);
                    refresh(Set.of());
                }, services::showFailure);
    }

    /** Every indicator group of the compared documents, for "move to" and "merge into". */
    public List<GroupChoice> groupChoices() {
        if (snapshot == null) {
            return List.of();
        }
        return TargetTable.rows(snapshot.targets(), columns).stream()
                .map(r -> new GroupChoice(r.key(), r.name())).toList();
    }

    public String cellText(TargetTableRow row, String slug) {
        return format.format(row.targets(slug));
    }

    public String recordText(TargetRecord record) {
        return format.format(record.target());
    }

    public String statusText(RecordStatus status) {
        return services.messages().get("targets.status." + status.code());
    }

    public String columnTitle(String slug) {
        return snapshot == null ? slug : snapshot.regions().getOrDefault(slug, slug);
    }

    public String themeName(String code) {
        return code == null ? services.messages().get("targets.filter.alltheme")
                : snapshot == null ? code : snapshot.themeNames().getOrDefault(code, code);
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<TargetTableRow> rows() {
        return rows;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<String> themes() {
        return themes;
    }

    public ObservableList<TargetRecord> details() {
        return details;
    }

    public ObservableList<ChartPoint> chart() {
        return chart;
    }

    public ObjectProperty<String> themeFilterProperty() {
        return themeFilter;
    }

    public ObjectProperty<Integer> yearFilterProperty() {
        return yearFilter;
    }

    public BooleanProperty sharedOnlyProperty() {
        return sharedOnly;
    }

    public ReadOnlyObjectProperty<TargetTableRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    public String selectedSlug() {
        return selectedSlug;
    }

    /** The record of the detail list the edit form works on. */
    public ObjectProperty<TargetRecord> chosenProperty() {
        return chosen;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Counts the changes of column titles (a document's region or title edited): the table renames its columns. */
    public ReadOnlyIntegerProperty columnTitlesProperty() {
        return columnTitles.getReadOnlyProperty();
    }

    /**
     * True while the rows are being rebuilt: the table's own changes of its selection then (rows replaced under it)
     * are no choice of the user's.
     */
    public boolean arranging() {
        return arranging;
    }

    /** What is held of the library now; for tests that check what a change read again. */
    TargetSnapshot snapshot() {
        return snapshot;
    }

    /** The decorator that marks targets in the reader (registered there by this view model). */
    ClauseHighlights<TargetRecord> highlights() {
        return highlights;
    }
}
