package org.policylens.ui.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.policylens.i18n.Messages;
import org.policylens.model.CodedPassage;
import org.policylens.model.Passage;
import org.policylens.model.PassageTheme;
import org.policylens.ui.reader.PassageDecorator;
import org.policylens.ui.reader.ReaderViewModel;

/**
 * Shows a passage's themes in the reader as chips, named in the UI language, with the evidence in the tooltip.
 * It reads the themes view's coding in memory (loaded in the background) and asks the reader to repaint whenever
 * that coding changes, so a theme added or removed anywhere shows at once.
 */
public final class ThemeChipDecorator implements PassageDecorator {

    static final String CHIP = "theme-chip";
    static final String MANUAL_CHIP = "theme-chip-manual";

    private final Supplier<ThemeCoding> coding;
    private final Supplier<String> openSlug;
    private final Messages messages;

    ThemeChipDecorator(Supplier<ThemeCoding> coding, Supplier<String> openSlug, Messages messages) {
        this.coding = coding;
        this.openSlug = openSlug;
        this.messages = messages;
    }

    /** Registers theme chips on a reader, repainting it whenever the themes view's coding changes. */
    public static ThemeChipDecorator install(ThemesViewModel themes, ReaderViewModel reader) {
        ThemeChipDecorator decorator = new ThemeChipDecorator(themes.codingProperty()::get, reader::openSlug,
                themes.services().messages());
        reader.decorators().add(decorator);
        themes.codingProperty().addListener((obs, old, now) -> reader.decorators().changed());
        return decorator;
    }

    @Override
    public Decoration decorate(Passage passage) {
        ThemeCoding current = coding.get();
        String slug = openSlug.get();
        if (current == null || slug == null) {
            return Decoration.NONE;
        }
        return current.passageAt(slug, passage.start()).map(p -> chips(current, p)).orElse(Decoration.NONE);
    }

    private Decoration chips(ThemeCoding current, CodedPassage passage) {
        Locale locale = messages.locale();
        List<Chip> chips = new ArrayList<>();
        for (PassageTheme theme : passage.themes()) {
            String name = current.themeName(theme.code(), locale);
            chips.add(new Chip(name, theme.evidence().isEmpty() ? MANUAL_CHIP : CHIP, tooltip(name, theme)));
        }
        return chips.isEmpty() ? Decoration.NONE : new Decoration(List.of(), chips);
    }

    private String tooltip(String name, PassageTheme theme) {
        if (theme.evidence().isEmpty()) {
            return messages.get("themes.chip.manual", name);
        }
        return messages.get("themes.chip.evidence", name, String.join("、", theme.terms()));
    }
}
