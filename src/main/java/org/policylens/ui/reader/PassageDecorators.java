package org.policylens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.policylens.model.Passage;

/**
 * The decorators registered on a reader, in drawing order (later ones draw over earlier ones), and a version number
 * the reader watches: {@link #changed()} bumps it and the visible paragraphs are drawn again.
 */
public final class PassageDecorators {

    private final List<PassageDecorator> decorators = new CopyOnWriteArrayList<>();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(0);

    public void add(PassageDecorator decorator) {
        decorators.add(decorator);
        changed();
    }

    public void remove(PassageDecorator decorator) {
        if (decorators.remove(decorator)) {
            changed();
        }
    }

    /** Call on the FX thread after a decorator's data changed. */
    public void changed() {
        version.set(version.get() + 1);
    }

    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** All decorations of one passage, merged in registration order. */
    public PassageDecorator.Decoration decorate(Passage passage) {
        List<PassageDecorator.Span> spans = new ArrayList<>();
        List<PassageDecorator.Chip> chips = new ArrayList<>();
        for (PassageDecorator decorator : decorators) {
            PassageDecorator.Decoration decoration = decorator.decorate(passage);
            spans.addAll(decoration.spans());
            chips.addAll(decoration.chips());
        }
        return spans.isEmpty() && chips.isEmpty() ? PassageDecorator.Decoration.NONE
                : new PassageDecorator.Decoration(spans, chips);
    }
}
