package org.policylens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.model.Passage;

class FindInDocumentTest {

    private static ReaderBlock block(int ordinal, int start, String text) {
        return new ReaderBlock(new Passage(ordinal, -1, "", start, start + text.length(), text), 0, 0);
    }

    private final List<ReaderBlock> blocks = List.of(
            block(0, 0, "開展質量強市活動，提升質量。"),
            block(1, 20, "没有匹配的段落"),
            block(2, 40, "质量奖"));

    @Test
    void findsSimplifiedQueryInTraditionalTextInReadingOrder() {
        FindInDocument find = new FindInDocument();
        find.search(blocks, "质量");
        assertEquals(3, find.countProperty().get());
        assertEquals(List.of(new FindInDocument.Match(0, 0, 2, 4), new FindInDocument.Match(0, 0, 11, 13),
                new FindInDocument.Match(2, 40, 0, 2)), find.matches());
        assertEquals(0, find.currentProperty().get());
    }

    @Test
    void nextAndPreviousWrapAround() {
        FindInDocument find = new FindInDocument();
        find.search(blocks, "質量");
        assertEquals(1, find.next().start() == 11 ? find.currentProperty().get() : -1);
        assertEquals(2, find.next().blockIndex());
        assertEquals(0, find.next().blockIndex(), "after the last comes the first");
        assertEquals(0, find.currentProperty().get());
        assertEquals(2, find.previous().blockIndex(), "before the first comes the last");
    }

    @Test
    void noMatchesMeansNoCurrentAndNoMoves() {
        FindInDocument find = new FindInDocument();
        find.search(blocks, "标准");
        assertEquals(0, find.countProperty().get());
        assertEquals(-1, find.currentProperty().get());
        assertNull(find.next());
        find.search(blocks, "   ");
        assertEquals(0, find.countProperty().get());
    }

    @Test
    void decoratesMatchesAndMarksTheCurrentOne() {
        FindInDocument find = new FindInDocument();
        find.search(blocks, "质量");
        var spans = find.decorate(blocks.get(0).passage()).spans();
        assertEquals(List.of(new PassageDecorator.Span(2, 4, FindInDocument.CURRENT, null),
                new PassageDecorator.Span(11, 13, FindInDocument.MATCH, null)), spans);
        assertEquals(PassageDecorator.Decoration.NONE, find.decorate(blocks.get(1).passage()));
    }
}
