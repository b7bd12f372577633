package org.policylens.ui.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policylens.model.AnchoredRecord;
import org.policylens.model.Passage;
import org.policylens.ui.reader.PassageDecorator;
import org.policylens.ui.reader.ReaderViewModel;

/**
 * Marks extracted records (targets, subsidies) in the reader: each record's clause gets a span of
 * {@code markClass} with a tooltip such as "目标：制造业产品质量合格率 ≥94% (2025)"; the record the user opened
 * from a comparison view gets {@code markClass-current}. Several records read from one clause (分别达到 …) share one
 * span, their tooltips one under the other. Records arrive on the FX thread after a background load, so
 * {@link #decorate} only looks things up in memory.
 *
 * @param <R> the record type
 */
public final class ClauseHighlights<R extends AnchoredRecord> implements PassageDecorator {

    private final String markClass;
    private final ReaderViewModel reader;
    private final Function<R, String> tooltip;
    private Map<String, List<R>> bySlug = Map.of();
    private Long currentId;

    public ClauseHighlights(String markClass, ReaderViewModel reader, Function<R, String> tooltip) {
        this.markClass = markClass;
        this.reader = reader;
        this.tooltip = tooltip;
    }

    public void setRecords(List<R> records) {
        bySlug = records.stream().collect(Collectors.groupingBy(AnchoredRecord::document));
    }

    /** Opens the record's clause in the reader, drawn stronger than the other marks. */
    public void open(R record) {
        setCurrent(record);
        reader.decorators().changed();
        reader.open(record.document(), record.start());
    }

    /** The record opened from a comparison view, drawn stronger; null for none. */
    public void setCurrent(R record) {
        currentId = record == null ? null : record.id();
    }

    public String currentClass() {
        return markClass + "-current";
    }

    @Override
    public Decoration decorate(Passage passage) {
        String slug = reader.openSlug();
        List<R> records = slug == null ? List.of() : bySlug.getOrDefault(slug, List.of());
        Map<List<Integer>, List<R>> byClause = new LinkedHashMap<>();
        for (R r : records) {
            int start = Math.max(r.start(), passage.start());
            int end = Math.min(r.end(), passage.end());
            if (start < end) {
                byClause.computeIfAbsent(List.of(start - passage.start(), end - passage.start()),
                        k -> new ArrayList<>()).add(r);
            }
        }
        List<Span> spans = new ArrayList<>();
        byClause.forEach((range, clause) -> {
            boolean current = currentId != null && clause.stream().anyMatch(r -> r.id() == currentId);
            String text = clause.stream().map(tooltip).collect(Collectors.joining("\n"));
            spans.add(new Span(range.get(0), range.get(1), current ? currentClass() : markClass, text));
        });
        return Decoration.of(spans);
    }
}
