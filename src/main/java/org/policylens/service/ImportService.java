package org.policylens.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.policylens.ingest.BundledCorpus;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.ImportOutcome;
import org.policylens.model.ParsedDocument;
import org.policylens.store.Database;
import org.policylens.store.DocumentRepository;
import org.policylens.store.DocumentRepository.NewDocument;
import org.policylens.store.SearchForm;
import org.policylens.store.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings documents into the library. Import is idempotent: a document whose decoded body text (SHA-256) is already
 * stored is reported as a duplicate and nothing changes.
 *
 * <p>Every import, of one document or of thousands, goes through {@link #importAll}: reading, parsing and the pure part
 * of every {@link DocumentAnalyzer} run in parallel; documents are stored in input order, a batch of them per
 * transaction, each with everything the analyzers found in it, so a document is in the library complete or not at
 * all. The outcome is the same as importing the documents one after another.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    /** Set once the library has had its first start, so removing every document never brings the corpus back. */
    static final String FIRST_START_DONE = "first-start.done";

    /** Most documents stored in one transaction (fewer when they are slow to store, see {@link ImportPipeline}). */
    static final int MAX_BATCH = 50;

    private final Database database;
    private final DocumentRepository documents;
    private final SettingsRepository settings;
    private final DocumentParser parser;
    private final List<DocumentAnalyzer> analyzers;
    private final int threads;
    private final int maxBatch;

    public ImportService(Database database, DocumentRepository documents, SettingsRepository settings,
                         DocumentParser parser, List<DocumentAnalyzer> analyzers) {
        this(database, documents, settings, parser, analyzers,
                preparingThreads(Runtime.getRuntime().availableProcessors()), MAX_BATCH);
    }

    /**
     * Threads for reading, parsing and analysing, given the machine's cores: all but one, which is left to the one
     * thread that stores (the slower stage). With as many preparing threads as cores, the storing thread shared its
     * core with them: on two cores, one preparing thread imported 3,000 documents at 5.1 MB/s where two gave 4.1.
     */
    static int preparingThreads(int cores) {
        return Math.max(1, cores - 1);
    }

    /**
     * @param threads  threads that read, parse and analyse documents
     * @param maxBatch most documents stored in one transaction
     */
    ImportService(Database database, DocumentRepository documents, SettingsRepository settings, DocumentParser parser,
                  List<DocumentAnalyzer> analyzers, int threads, int maxBatch) {
        this.database = database;
        this.documents = documents;
        this.settings = settings;
        this.parser = parser;
        this.analyzers = List.copyOf(analyzers);
        this.threads = threads;
        this.maxBatch = maxBatch;
    }

    /**
     * First start of a library: if it is empty, import the bundled corpus so the app is useful at once. Runs once per
     * library; returns what was imported (nothing on later starts or when the user already imported documents).
     */
    public List<ImportOutcome> importBundledOnFirstStart() {
        if (settings.get(FIRST_START_DONE).isPresent()) {
            return List.of();
        }
        List<ImportOutcome> imported = documents.count() == 0 ? importBundled() : List.of();
        settings.put(FIRST_START_DONE, "true");
        return imported;
    }

    /** Imports every bundled document, with the metadata its manifest states. */
    public List<ImportOutcome> importBundled() {
        List<ImportSource> sources = BundledCorpus.load().stream().map(ImportSource::bundled).toList();
        return importAll(sources, result -> { }).stream().map(ImportResult::outcomeOrThrow).toList();
    }

    /**
     * Imports one file.
     *
     * @throws UserException when the file cannot be read or parsed, or a stated slug is invalid or taken
     */
    public ImportOutcome importFile(Path file, MetadataOverrides overrides) {
        return importOne(ImportSource.file(file, overrides));
    }

    /** Imports the content of a file named {@code fileName}. */
    public ImportOutcome importBytes(byte[] bytes, String fileName, MetadataOverrides overrides) {
        return importOne(ImportSource.bytes(bytes, fileName, overrides));
    }

    private ImportOutcome importOne(ImportSource source) {
        return importAll(List.of(source), result -> { }).get(0).outcomeOrThrow();
    }

    /**
     * Imports documents, with the same outcome as importing them one after another in this order: a file that cannot
     * be read or parsed, or whose stated slug is invalid or taken, is reported and the others are imported;
     * duplicates (of the library, or of an earlier source) are reported and skipped. Sources are read as their turn
     * comes, so any number of them can be given.
     *
     * @param onEach receives each result on the calling thread, in input order, as soon as it is in the library
     * @return the results, in input order
     * @throws org.policylens.store.StoreException when the library cannot be written; the documents reported until
     *                                             then are stored, the others are not
     */
    public List<ImportResult> importAll(Iterable<ImportSource> sources, Consumer<ImportResult> onEach) {
        List<DocumentAnalyzer.Analysis> analyses = analyzers.stream().map(DocumentAnalyzer::begin).toList();
        return new ImportPipeline<ImportSource, Analysed, ImportResult>(threads, maxBatch,
                source -> analyse(source, analyses), this::storeBatch).run(sources.iterator(), onEach);
    }

    /**
     * A source read, parsed and analysed, ready to store; or why it could not be.
     *
     * @param results what each analyzer will store for it
     */
    private record Analysed(String source, ParsedDocument document, String sha256, boolean slugStated,
                            SearchForm searchForm, List<DocumentAnalyzer.Result> results, UserException failure) {

        static Analysed failed(String source, UserException failure) {
            return new Analysed(source, null, null, false, null, List.of(), failure);
        }
    }

    /** The pure stage of an import: runs on the pipeline's threads. */
    private Analysed analyse(ImportSource source, List<DocumentAnalyzer.Analysis> analyses) {
        String name = source.name();
        try {
            ParsedDocument parsed = parse(source.read(), name, source.provisionalSlug());
            DocumentMetadata meta = source.metadata(parsed.metadata());
            ParsedDocument document = new ParsedDocument(meta, parsed.text(), parsed.sections(), parsed.passages());
            // The search form (folded text, index grams) is computed here too, off the one storing thread.
            return new Analysed(name, document, sha256(document.text()), source.slugStated(),
                    SearchForm.of(document), analyse(document, analyses), null);
        } catch (UserException e) {
            return Analysed.failed(name, e);
        } catch (RuntimeException | StackOverflowError e) {
            // A pathological file (e.g. one line a regex recurses on too deeply) fails alone; the others import.
            LOG.warn("analysing {} failed", name, e);
            return Analysed.failed(name, new UserException(name + ": " + e.getMessage(), e));
        }
    }

    private ParsedDocument parse(byte[] bytes, String name, String slug) {
        try {
            return parser.parse(bytes, name, slug);
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserException(name + ": " + e.getMessage(), e);
        }
    }

    private static List<DocumentAnalyzer.Result> analyse(ParsedDocument document,
                                                         List<DocumentAnalyzer.Analysis> analyses) {
        return analyses.stream().map(a -> a.analyze(document)).toList();
    }

    /**
     * The store stage: one transaction for the batch. Each document is judged against the library and the documents
     * before it in the batch (duplicate text, slug taken), then the new ones are stored together, then what the
     * analyzers found in each.
     */
    private List<ImportResult> storeBatch(List<Analysed> batch) {
        return database.inOneTransaction(() -> {
            BatchPlan plan = new BatchPlan();
            batch.forEach(plan::judge);
            List<Long> ids = documents.insertAll(plan.toInsert.stream()
                    .map(a -> new NewDocument(a.document(), a.sha256(), a.searchForm())).toList());
            Map<String, DocumentSummary> storedBySha = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                Analysed a = plan.toInsert.get(i);
                StoredDocument stored = new StoredDocument(ids.get(i), a.document());
                a.results().forEach(result -> result.store(stored));
                storedBySha.put(a.sha256(), documents.findById(stored.id()).orElseThrow());
            }
            if (plan.anyStoredOrKnown && settings.get(FIRST_START_DONE).isEmpty()) {
                // The user has chosen what goes into this library; first start must not add the corpus to it later.
                settings.put(FIRST_START_DONE, "true");
            }
            return plan.results(storedBySha);
        });
    }

    /** What to do with one document of a batch. */
    private sealed interface Verdict {
    }

    private record Failed(UserException failure) implements Verdict {
    }

    /** Its text is already in the library. */
    private record DuplicateOf(DocumentSummary existing) implements Verdict {
    }

    /** It is to be stored; or, when the same text comes earlier in the batch, it duplicates that one. */
    private record New(boolean firstWithItsText) implements Verdict {
    }

    /** How each document of a batch is to be handled, judged in order inside the batch's transaction. */
    private final class BatchPlan {

        private final List<Analysed> toInsert = new ArrayList<>();
        private final List<Analysed> judged = new ArrayList<>();
        private final List<Verdict> verdicts = new ArrayList<>();
        private final Set<String> newShas = new HashSet<>();
        private final Set<String> newSlugs = new HashSet<>();
        private boolean anyStoredOrKnown;

        void judge(Analysed a) {
            judged.add(a);
            verdicts.add(verdict(a));
        }

        private Verdict verdict(Analysed a) {
            if (a.failure() != null) {
                return new Failed(a.failure());
            }
            Optional<DocumentSummary> existing = documents.findBySha256(a.sha256());
            if (existing.isPresent()) {
                anyStoredOrKnown = true;
                return new DuplicateOf(existing.get());
            }
            if (newShas.contains(a.sha256())) {
                anyStoredOrKnown = true;
                return new New(false);
            }
            String slug = a.document().metadata().slug();
            boolean taken = taken(slug);
            if (taken && a.slugStated()) {
                return new Failed(new UserException("the slug '" + slug
                        + "' is already used by another document; choose another"));
            }
            if (taken) {
                slug = Slugs.unique(slug, this::taken);
            }
            ParsedDocument document = a.document();
            toInsert.add(new Analysed(a.source(), new ParsedDocument(document.metadata().withSlug(slug),
                    document.text(), document.sections(), document.passages()), a.sha256(), a.slugStated(),
                    a.searchForm(), a.results(), null));
            newShas.add(a.sha256());
            newSlugs.add(slug);
            anyStoredOrKnown = true;
            return new New(true);
        }

        private boolean taken(String slug) {
            return newSlugs.contains(slug) || documents.findBySlug(slug).isPresent();
        }

        /** @param storedBySha the documents of {@link #toInsert} as stored, by their text's SHA-256 */
        List<ImportResult> results(Map<String, DocumentSummary> storedBySha) {
            List<ImportResult> out = new ArrayList<>(judged.size());
            for (int i = 0; i < judged.size(); i++) {
                String source = judged.get(i).source();
                Verdict verdict = verdicts.get(i);
                if (verdict instanceof Failed failed) {
                    out.add(ImportResult.failed(source, failed.failure()));
                } else if (verdict instanceof DuplicateOf duplicate) {
                    out.add(ImportResult.of(new ImportOutcome(ImportOutcome.Status.DUPLICATE, duplicate.existing(),
                            source)));
                } else if (verdict instanceof New n) {
                    out.add(ImportResult.of(new ImportOutcome(n.firstWithItsText() ? ImportOutcome.Status.IMPORTED
                            : ImportOutcome.Status.DUPLICATE, storedBySha.get(judged.get(i).sha256()), source)));
                }
            }
            return out;
        }
    }

    /**
     * Replaces the document {@code slug} with a new version of its text read from {@code file}. The document keeps
     * its identity and metadata, so annotations are re-anchored and the user's decisions on extracted records are
     * kept by the analyzers; its structure is rebuilt. One transaction.
     *
     * @throws UserException when there is no such document, the file cannot be read, or the same text is another
     *                       document of the library
     */
    public ImportOutcome importNewVersion(Path file, String slug) {
        DocumentSummary existing = documents.findBySlug(slug)
                .orElseThrow(() -> new UserException("no document with slug '" + slug + "' to replace"));
        String name = file.getFileName().toString();
        ParsedDocument parsed = parse(ImportSource.readFile(file), name, slug);
        String sha = sha256(parsed.text());
        Optional<DocumentSummary> same = documents.findBySha256(sha);
        if (same.isPresent()) {
            if (same.get().id() != existing.id()) {
                throw new UserException(name + " has the same text as the document '" + same.get().slug()
                        + "'; it cannot also replace '" + slug + "'");
            }
            return new ImportOutcome(ImportOutcome.Status.DUPLICATE, existing, name);
        }
        DocumentMetadata kept = existing.metadata();
        DocumentMetadata meta = new DocumentMetadata(kept.slug(), kept.title(), kept.issuer(), kept.level(),
                kept.region(), kept.date(), kept.docNumber(), parsed.metadata().script(), name);
        ParsedDocument document = new ParsedDocument(meta, parsed.text(), parsed.sections(), parsed.passages());
        List<DocumentAnalyzer.Result> results = analyse(document,
                analyzers.stream().map(DocumentAnalyzer::begin).toList());
        return database.inOneTransaction(() -> {
            documents.replaceContent(existing.id(), document, sha);
            StoredDocument stored = new StoredDocument(existing.id(), document);
            results.forEach(result -> result.store(stored));
            return new ImportOutcome(ImportOutcome.Status.REPLACED, documents.findBySlug(slug).orElseThrow(), name);
        });
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
