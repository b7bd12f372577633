package org.policylens.ui.annotations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.policylens.model.Annotation;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Theme;
import org.policylens.service.AnnotationService;
import org.policylens.service.UserException;
import org.policylens.ui.common.DialogService;
import org.policylens.ui.common.DocumentReads;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.library.LibraryChange;
import org.policylens.ui.library.LibraryViewModel;
import org.policylens.ui.reader.ReaderViewModel;

/**
 * Annotations in the GUI: the panel's list with its filters and order, the reader's highlights, and every change
 * (save, delete with undo, tag rename or merge, JSON-LD export and import) as a background task. The status says
 * "saved" only once the service returned, which is when the change is committed.
 */
public final class AnnotationsViewModel {

    static final DialogService.FileFilter JSON_LD = new DialogService.FileFilter("JSON-LD", List.of("*.jsonld",
            "*.json"));

    /** Everything the panel needs, loaded together in one background task. */
    private record Snapshot(List<Annotation> annotations, Map<String, Integer> tags, List<String> themeNames) {
    }

    private final UiServices services;
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final ObservableList<Annotation> all = FXCollections.observableArrayList();
    private final FilteredList<Annotation> filtered = new FilteredList<>(all);
    private final SortedList<Annotation> shown = new SortedList<>(filtered);
    private final ObjectProperty<String> documentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<AnnotationSort> sort = new SimpleObjectProperty<>(AnnotationSort.DATE);
    private final ObservableList<TagCount> tags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Annotation> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final AnnotationDecorator decorator;
    private final DocumentReads reads = new DocumentReads();
    private Map<String, Integer> tagCounts = Map.of();
    private List<String> themeNames = List.of();

    public AnnotationsViewModel(UiServices services, LibraryViewModel library, ReaderViewModel reader) {
        this.services = services;
        this.library = library;
        this.reader = reader;
        this.decorator = new AnnotationDecorator(reader::openSlug,
                () -> services.messages().get("annotations.tooltip.empty"));
        reader.decorators().add(decorator);
        documentFilter.addListener((obs, old, slug) -> refilter());
        tagFilter.addListener((obs, old, tag) -> refilter());
        textFilter.addListener((obs, old, text) -> refilter());
        sort.addListener((obs, old, order) -> shown.setComparator(order.order()));
        shown.setComparator(sort.get().order());
        // A new version moves or orphans its document's annotations, a removal takes them away: those documents'
        // annotations are read again; a metadata edit only changes the titles the text filter looks at.
        library.onChange(this::libraryChanged);
    }

    /** Loads every annotation, the tag counts and the active codebook's theme names (for tag suggestions). */
    public void reload() {
        AnnotationService service = services.app().annotations();
        DocumentReads.Read read = reads.whole();
        services.tasks().run(services.messages().get("annotations.loading"), progress -> new Snapshot(
                        service.list(null), service.tags(), services.app().codebooks().active().themes().stream()
                        .map(Theme::nameZh).filter(name -> !name.isBlank()).toList()),
                snapshot -> {
                    if (reads.finished(read)) {
                        show(snapshot);
                    }
                }, this::failed);
    }

    private void libraryChanged(LibraryChange change) {
        if (change.whole() || reads.wholePending()) {
            reload();
        } else if (change.changesRecords()) {
            readAgain(change.outdated());
        } else if (!change.relabelled().isEmpty()) {
            refilter();
        }
    }

    /** The annotations of some documents, read again, and the tag counts they are part of. */
    private record DocumentsRead(Map<String, List<Annotation>> annotations, Map<String, Integer> tags) {
    }

    /** Reads the annotations of these documents again (none for a document removed) and puts them in place. */
    private void readAgain(Set<String> documents) {
        AnnotationService service = services.app().annotations();
        DocumentReads.Read read = reads.changed(documents);
        services.tasks().run(services.messages().get("annotations.loading"), progress -> {
            Map<String, List<Annotation>> fresh = new HashMap<>();
            for (String slug : read.documents()) {
                fresh.put(slug, annotationsOf(service, slug));
            }
            return new DocumentsRead(fresh, service.tags());
        }, fresh -> {
            if (reads.finished(read)) {
                all.removeIf(a -> fresh.annotations().containsKey(a.documentSlug()));
                fresh.annotations().values().forEach(all::addAll);
                showTags(fresh.tags());
                decorator.setAnnotations(List.copyOf(all));
                reader.decorators().changed();
            }
        }, this::failed);
    }

    private static List<Annotation> annotationsOf(AnnotationService service, String slug) {
        try {
            return service.list(slug);
        } catch (UserException gone) {
            return List.of();
        }
    }

    private void show(Snapshot snapshot) {
        all.setAll(snapshot.annotations());
        themeNames = snapshot.themeNames();
        showTags(snapshot.tags());
        decorator.setAnnotations(snapshot.annotations());
        reader.decorators().changed();
    }

    private void showTags(Map<String, Integer> counts) {
        tagCounts = counts;
        tags.setAll(tagCounts.entrySet().stream().map(e -> new TagCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(TagCount::tag)).toList());
        if (tagFilter.get() != null && !tagCounts.containsKey(tagFilter.get())) {
            tagFilter.set(null);
        }
    }

    private void refilter() {
        AnnotationFilter filter = new AnnotationFilter(documentFilter.get(), tagFilter.get(), textFilter.get());
        filtered.setPredicate(a -> filter.matches(a, title(a.documentSlug())));
    }

    /** Saves a new or edited annotation; "saved" shows once it is committed. */
    public void save(AnnotationDraft draft) {
        AnnotationService service = services.app().annotations();
        report(services.messages().get("annotations.saving"));
        services.tasks().run(services.messages().get("annotations.saving"), progress -> draft.isNew()
                        ? service.create(draft.slug(), draft.start(), draft.end(), draft.note(), draft.color(),
                        draft.tags())
                        : service.update(draft.id(), draft.note(), draft.color(), draft.tags()),
                saved -> {
                    report(services.messages().get("annotations.saved", shortQuote(saved.quote())));
                    if (draft.isNew()) {
                        reader.clearSelection();
                    }
                    reload();
                }, this::failed);
    }

    /** Deletes an annotation; {@link #undoDelete()} brings it back. */
    public void delete(Annotation annotation) {
        services.tasks().run(services.messages().get("annotations.deleting"),
                progress -> services.app().annotations().delete(annotation.id()),
                deleted -> {
                    deleted.ifPresent(lastDeleted::set);
                    report(services.messages().get("annotations.deleted", shortQuote(annotation.quote())));
                    reload();
                }, this::failed);
    }

    /** Restores the annotation deleted last, with its id, note, tags and dates; does nothing when there is none. */
    public void undoDelete() {
        Annotation deleted = lastDeleted.get();
        if (deleted == null) {
            return;
        }
        lastDeleted.set(null);
        services.tasks().run(services.messages().get("annotations.restoring"),
                progress -> services.app().annotations().undoDelete(deleted),
                restored -> {
                    report(services.messages().get("annotations.restored", shortQuote(restored.quote())));
                    reload();
                }, error -> {
                    lastDeleted.set(deleted);
                    failed(error);
                });
    }

    /**
     * Renames a tag on every annotation, after the user confirmed with the counts; a name already in use merges the
     * two tags. Returns false when there was nothing to do or the user declined.
     */
    public boolean renameTag(String from, String to) {
        TagRenamePlan plan = TagRenamePlan.of(tagCounts, from, to);
        if (plan.isNoop()) {
            return false;
        }
        String question = plan.isMerge()
                ? services.messages().get("annotations.tags.confirm.merge", plan.from(), plan.fromCount(), plan.to(),
                plan.toCount())
                : services.messages().get("annotations.tags.confirm.rename", plan.from(), plan.fromCount(), plan.to());
        if (!services.dialogs().confirm(services.messages().get("annotations.tags.title"), question)) {
            return false;
        }
        services.tasks().run(services.messages().get("annotations.tags.renaming"),
                progress -> services.app().annotations().renameTag(plan.from(), plan.to()),
                changed -> {
                    report(services.messages().get("annotations.tags.renamed", plan.from(), plan.to(), changed));
                    if (plan.from().equals(tagFilter.get())) {
                        tagFilter.set(plan.to());
                    }
                    reload();
                }, this::failed);
        return true;
    }

    /** Asks for a file and writes every annotation to it as W3C Web Annotation JSON-LD. */
    public void exportJsonLd() {
        Optional<Path> chosen = services.dialogs().chooseFileToSave(services.messages().get("annotations.export"),
                defaultExportName(LocalDate.now()), JSON_LD);
        chosen.ifPresent(file -> services.tasks().run(services.messages().get("annotations.exporting"),
                progress -> services.app().annotations().exportJsonLd(null, file),
                count -> {
                    String done = services.messages().get("annotations.exported", count, file);
                    report(done);
                    services.dialogs().showInformation(services.messages().get("annotations.export"), done);
                }, this::failed));
    }

    static String defaultExportName(LocalDate today) {
        return "policylens-annotations-" + today + ".jsonld";
    }

    /** Asks for a JSON-LD file and adds its annotations, then says what happened to each. */
    public void importJsonLd() {
        Optional<Path> chosen = services.dialogs().chooseFileToOpen(services.messages().get("annotations.import"),
                JSON_LD);
        chosen.ifPresent(file -> services.tasks().run(services.messages().get("annotations.importing"),
                progress -> services.app().annotations().importJsonLd(file),
                report -> {
                    String done = importSummary(report);
                    report(services.messages().get("annotations.imported.short", report.added()));
                    services.dialogs().showInformation(services.messages().get("annotations.import"), done);
                    reload();
                }, this::failed));
    }

    private String importSummary(AnnotationService.ImportReport report) {
        String summary = services.messages().get("annotations.imported", report.added(), report.alreadyPresent(),
                report.orphaned());
        return report.missingDocuments().isEmpty() ? summary : summary + "\n"
                + services.messages().get("annotations.imported.missing", String.join("、",
                report.missingDocuments()));
    }

    /** Opens the reader at an annotation, marked so it stands out. */
    public void open(Annotation annotation) {
        decorator.focus(annotation.uuid());
        DocumentSummary selected = library.selectedProperty().get();
        if (selected == null || !selected.slug().equals(annotation.documentSlug())) {
            library.select(annotation.documentSlug());
        }
        reader.open(annotation.documentSlug(), annotation.start());
        reader.decorators().changed();
    }

    /** The annotation the reader shows at a code point offset of a document (the innermost one), if any. */
    public Optional<Annotation> annotationAt(String slug, int offset) {
        return decorator.at(slug, offset);
    }

    /** Tag suggestions: tags in use (most used first), then the active codebook's themes. */
    public List<String> tagSuggestions() {
        Set<String> suggestions = new LinkedHashSet<>();
        tagCounts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> suggestions.add(e.getKey()));
        suggestions.addAll(themeNames);
        return new ArrayList<>(suggestions);
    }

    /** Title of a document in the library, or its slug when it is not there (anymore). */
    public String title(String slug) {
        return library.allDocuments().stream().filter(d -> d.slug().equals(slug)).findFirst()
                .map(d -> reader.display(d.metadata().title())).orElse(slug);
    }

    /** Sets the status even when the text is the same as before, so listeners hear about a second save too. */
    private void report(String text) {
        status.set("");
        status.set(text);
    }

    private String shortQuote(String quote) {
        return quote.codePointCount(0, quote.length()) <= 16 ? quote
                : quote.substring(0, quote.offsetByCodePoints(0, 15)) + "…";
    }

    private void failed(Throwable error) {
        report(services.messages().get("annotations.failed"));
        services.showFailure(error);
    }

    /** The annotations that pass the filters, in the chosen order. */
    public ObservableList<Annotation> shown() {
        return shown;
    }

    /** Every annotation in the library. */
    public ObservableList<Annotation> all() {
        return FXCollections.unmodifiableObservableList(all);
    }

    public ObservableList<DocumentSummary> documents() {
        return library.allDocuments();
    }

    public ObservableList<TagCount> tags() {
        return tags;
    }

    /** Slug of the document shown, or null for all. */
    public ObjectProperty<String> documentFilterProperty() {
        return documentFilter;
    }

    /** The tag shown, or null for all. */
    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public ObjectProperty<AnnotationSort> sortProperty() {
        return sort;
    }

    /** The annotation deleted last, while it can still be restored; null otherwise. */
    public ReadOnlyObjectProperty<Annotation> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /** What happened last ("saved", "deleted" …); localized. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReaderViewModel reader() {
        return reader;
    }
}
