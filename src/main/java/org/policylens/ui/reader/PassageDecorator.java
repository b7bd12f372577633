package org.policylens.ui.reader;

import java.util.List;
import java.util.Objects;
import org.policylens.model.Passage;

/**
 * The reader's extension point: something that marks up passages. The reader asks every registered decorator (see
 * {@link PassageDecorators}) for each passage it lays out and draws what they return: styled spans over the text
 * and small chips above the paragraph. Search hits and find-in-document matches are decorators; theme chips, target
 * and subsidy highlights and annotations plug in the same way, e.g.
 *
 * <pre>{@code
 * reader.decorators().add(passage -> new Decoration(
 *         List.of(new Span(3, 9, "target-mark", "制造业产品质量合格率 ≥ 96%")),
 *         List.of(new Chip("标准", "theme-chip", "主题：标准体系"))));
 * reader.decorators().changed();   // after the decorator's data changed, so visible paragraphs repaint
 * }</pre>
 *
 * <p>{@code decorate} runs on the FX thread for visible passages only, whenever a paragraph is (re)drawn, so it must
 * be cheap: look results up in memory that was loaded in a background task, never query the library here. Style
 * classes are CSS classes of the app's stylesheet (colours from the theme's {@code -color-*} variables): each span's
 * class goes on the text run ({@code .reader-text.CLASS}, e.g. font weight) and on the mark drawn behind it
 * ({@code .reader-mark.CLASS}, a background fill).
 */
@FunctionalInterface
public interface PassageDecorator {

    /** What this decorator adds to {@code passage}; {@link Decoration#NONE} when nothing. */
    Decoration decorate(Passage passage);

    /**
     * A styled range of a passage.
     *
     * @param start      code point offset relative to the passage start, inclusive
     * @param end        code point offset relative to the passage start, exclusive
     * @param styleClass CSS class of the run and its mark
     * @param tooltip    text shown when hovering the range, or null
     */
    record Span(int start, int end, String styleClass, String tooltip) {
        public Span {
            Objects.requireNonNull(styleClass);
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    /** A small label shown above the passage (a theme, a note count…), with an optional tooltip. */
    record Chip(String text, String styleClass, String tooltip) {
        public Chip {
            Objects.requireNonNull(text);
            Objects.requireNonNull(styleClass);
        }
    }

    /** Everything one decorator adds to one passage. */
    record Decoration(List<Span> spans, List<Chip> chips) {
        public static final Decoration NONE = new Decoration(List.of(), List.of());

        public Decoration {
            spans = List.copyOf(spans);
            chips = List.copyOf(chips);
        }

        public static Decoration of(List<Span> spans) {
            return spans.isEmpty() ? NONE : new Decoration(spans, List.of());
        }
    }
}
