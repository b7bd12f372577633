package org.policylens.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.policylens.export.CodebookJson;
import org.policylens.model.Codebook;
import org.policylens.model.CodebookSummary;
import org.policylens.model.CodedPassage;
import org.policylens.model.Keyword;
import org.policylens.model.PassageTheme;
import org.policylens.model.Theme;
import org.policylens.model.ThemeDecision;
import org.policylens.model.ThemeRule;
import org.policylens.model.ThemeUsage;
import org.policylens.store.CodebookEdit;
import org.policylens.store.CodebookRepository;
import org.policylens.store.PassageThemeRepository;

/**
 * Codebooks as user data: several side by side, one active (the one passages are coded with), each editable. The
 * shipped default codebook is stored the first time a library needs one and is never stored again, so a user's
 * edits survive. An edit of the active codebook recodes the library in the same transaction, so the stored coding
 * always follows the stored codebook (and the user's decisions).
 */
public final class CodebookService {

    static final String DEFAULT_RESOURCE = "/data/codebooks/default.json";

    private final CodebookRepository codebooks;
    private final PassageThemeRepository coding;
    private final ThemeCoder coder;
    /** Counts activations and edits, so that a long import can tell cheaply whether its codebook is still current. */
    private final AtomicLong changes = new AtomicLong();

    /**
     * The JSON reader and writer, made on first use: building it loads some 500 classes of Jackson, which would
     * otherwise sit on the path from starting the application to showing the library, where no JSON is read.
     */
    private static final class Json {
        static final CodebookJson INSTANCE = new CodebookJson();
    }

    CodebookService(CodebookRepository codebooks, PassageThemeRepository coding, ThemeCoder coder) {
        this.codebooks = codebooks;
        this.coding = coding;
        this.coder = coder;
    }

    public List<CodebookSummary> codebooks() {
        ensureSeeded();
        return codebooks.list();
    }

    /**
     * A number that changes whenever a codebook is activated or edited through this service: equal numbers mean the
     * active codebook is still the one read when the first was taken (reading it again costs a few queries).
     */
    long changes() {
        return changes.get();
    }

    /** The codebook passages are coded with. */
    public Codebook active() {
        ensureSeeded();
        String id = codebooks.activeId().orElseThrow(() -> new IllegalStateException("a library always has an "
                + "active codebook once seeded"));
        return codebook(id);
    }

    /** @throws UserException when there is no such codebook */
    public Codebook codebook(String id) {
        ensureSeeded();
        return codebooks.find(id).orElseThrow(() -> new UserException("no codebook with id '" + id + "'"));
    }

    /** Stores the default codebook, active, if the library has no codebook yet. */
    void ensureSeeded() {
        if (codebooks.activeId().isEmpty()) {
            codebooks.seedIfEmpty(defaultCodebook());
        }
    }

    /** Creates an empty codebook (not active). */
    public Codebook create(String id, String name) {
        return store(new Codebook(requireNewId(id), name, List.of()));
    }

    /** Creates a copy of a codebook under a new id, to edit without touching the original. */
    public Codebook copy(String sourceId, String newId, String newName) {
        Codebook source = codebook(sourceId);
        return store(new Codebook(requireNewId(newId), newName, source.themes()));
    }

    /** Reads a codebook from JSON (see {@link CodebookJson}) and stores it, not active. */
    public Codebook importJson(InputStream in) {
        Codebook read;
        try {
            read = Json.INSTANCE.read(in);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserException("cannot read the codebook: " + e.getMessage(), e);
        }
        requireNewId(read.id());
        return store(read);
    }

    public void exportJson(String id, OutputStream out) {
        try {
            Json.INSTANCE.write(codebook(id), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a codebook the active one and recodes every document with it, in one transaction. */
    public void activate(String id) {
        Codebook codebook = codebook(id);
        codebooks.inOneTransaction(() -> {
            List<ThemeDecision> decisions = coding.decisions(id, null);
            codebooks.save(new CodebookEdit(codebook, true, Map.of(), Set.of(),
                    coder.codeLibrary(codebook, decisions)));
            // Inside the transaction: an import batch (which checks this in its own transaction) sees either the old
            // codebook with the old coding or the new one.
            changes.incrementAndGet();
        });
    }

    /** Deletes a codebook that is not active, with the decisions taken under it. */
    public void delete(String id) {
        codebook(id);
        if (codebooks.activeId().orElse("").equals(id)) {
            throw new UserException("codebook '" + id + "' is active; activate another one before deleting it");
        }
        codebooks.delete(id);
    }

    public void rename(String id, String name) {
        edit(id, cb -> cb.renamed(name), Map.of(), Set.of());
    }

    public void addTheme(String codebookId, Theme theme) {
        edit(codebookId, cb -> cb.withThemeAdded(theme), Map.of(), Set.of());
    }

    /** Gives a theme new names; its code, which coding and decisions refer to, stays. */
    public void renameTheme(String codebookId, String code, String nameZh, String nameEn) {
        edit(codebookId, cb -> cb.withThemeRenamed(code, nameZh, nameEn), Map.of(), Set.of());
    }

    /** Replaces a theme's rule (keywords, heading patterns, exclusions). */
    public void updateRule(String codebookId, String code, ThemeRule rule) {
        edit(codebookId, cb -> cb.withThemeReplaced(requireTheme(cb, code).withRule(rule)), Map.of(), Set.of());
    }

    /** Replaces a theme's keywords, keeping its heading patterns and exclusions. */
    public void setKeywords(String codebookId, String code, List<Keyword> keywords) {
        edit(codebookId, cb -> {
            ThemeRule rule = requireTheme(cb, code).rule();
            return cb.withThemeReplaced(requireTheme(cb, code)
                    .withRule(new ThemeRule(keywords, rule.headingPatterns(), rule.exclusions())));
        }, Map.of(), Set.of());
    }

    /** How many passages and documents carry a theme now: what deleting or merging it would affect. */
    public ThemeUsage usage(String codebookId, String code) {
        Codebook codebook = codebook(codebookId);
        requireTheme(codebook, code);
        boolean active = codebooks.activeId().orElse("").equals(codebookId);
        Set<Long> documentIds = new HashSet<>();
        int passages = 0;
        if (active) {
            for (CodedPassage p : coding.codedPassages(codebookId, null)) {
                if (p.has(code)) {
                    passages++;
                    documentIds.add(p.documentId());
                }
            }
        } else {
            // Not coded in the library: count what it would code.
            var library = coder.codeLibrary(codebook, coding.decisions(codebookId, null));
            for (var document : library.entrySet()) {
                for (var themes : document.getValue().values()) {
                    if (themes.stream().anyMatch(t -> t.code().equals(code))) {
                        passages++;
                        documentIds.add(document.getKey());
                    }
                }
            }
        }
        return new ThemeUsage(code, passages, documentIds.size());
    }

    /**
     * Merges one theme into another: the target takes both rules, decisions on the source now apply to the target.
     *
     * @return the source's usage before the merge (the passages whose coding moved)
     */
    public ThemeUsage mergeThemes(String codebookId, String sourceCode, String targetCode) {
        ThemeUsage usage = usage(codebookId, sourceCode);
        requireTheme(codebook(codebookId), targetCode);
        if (sourceCode.equals(targetCode)) {
            throw new UserException("cannot merge theme '" + sourceCode + "' into itself");
        }
        edit(codebookId, cb -> cb.withThemesMerged(sourceCode, targetCode), Map.of(sourceCode, targetCode), Set.of());
        return usage;
    }

    /**
     * Deletes a theme (its children move up to its parent) and the decisions on it.
     *
     * @return its usage before the delete: the passages that lose it
     */
    public ThemeUsage deleteTheme(String codebookId, String code) {
        ThemeUsage usage = usage(codebookId, code);
        edit(codebookId, cb -> cb.withThemeDeleted(code), Map.of(), Set.of(code));
        return usage;
    }

    private void edit(String codebookId, UnaryOperator<Codebook> change, Map<String, String> renamedCodes,
                      Set<String> droppedCodes) {
        Codebook before = codebook(codebookId);
        Codebook after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        codebooks.inOneTransaction(() -> {
            boolean active = codebooks.activeId().orElse("").equals(codebookId);
            Map<Long, Map<Long, List<PassageTheme>>> recoding = Map.of();
            if (active) {
                List<ThemeDecision> decisions = coding.decisions(codebookId, null).stream()
                        .filter(d -> !droppedCodes.contains(d.themeCode()))
                        .map(d -> d.withThemeCode(renamedCodes.getOrDefault(d.themeCode(), d.themeCode())))
                        .toList();
                recoding = coder.codeLibrary(after, decisions);
            }
            codebooks.save(new CodebookEdit(after, false, renamedCodes, droppedCodes, recoding));
            changes.incrementAndGet();
        });
    }

    private Codebook store(Codebook codebook) {
        ensureSeeded();
        codebooks.insert(codebook);
        return codebook;
    }

    private String requireNewId(String id) {
        if (id == null || !Slugs.isValid(id)) {
            throw new UserException("invalid codebook id '" + id + "': use lower-case letters, digits and '-'");
        }
        ensureSeeded();
        if (codebooks.find(id).isPresent()) {
            throw new UserException("a codebook with id '" + id + "' already exists");
        }
        return id;
    }

    private static Theme requireTheme(Codebook codebook, String code) {
        return codebook.theme(code).orElseThrow(() -> new UserException("codebook '" + codebook.id()
                + "' has no theme '" + code + "'"));
    }

    private Codebook defaultCodebook() {
        try (InputStream in = CodebookService.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default codebook is missing from the build: " + DEFAULT_RESOURCE);
            }
            return Json.INSTANCE.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
