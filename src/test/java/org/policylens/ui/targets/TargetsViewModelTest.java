package org.policylens.ui.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policylens.ui.common.BundledLibraryTest;
import org.policylens.concurrent.DirectTaskExecutor;
import org.policylens.i18n.Messages;
import org.policylens.model.Comparator;
import org.policylens.model.Passage;
import org.policylens.model.RecordStatus;
import org.policylens.model.TargetRecord;
import org.policylens.ui.common.RecordingDialogService;
import org.policylens.ui.common.DocumentSelection;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.common.UiTasks;
import org.policylens.ui.reader.PassageDecorator;
import org.policylens.ui.reader.ReaderViewModel;

/** The targets view model on the bundled documents, with background work run at once (no FX toolkit needed). */
class TargetsViewModelTest extends BundledLibraryTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private DocumentSelection selection;
    private ReaderViewModel reader;
    private TargetsViewModel model;

    @BeforeEach
    void build() {
        UiPreferences preferences = new UiPreferences(dir.resolve("ui-" + System.nanoTime() + ".properties"));
        UiServices services = new UiServices(app, new UiTasks(new DirectTaskExecutor()), new Messages(Messages.CHINESE),
                dialogs, preferences);
        selection = new DocumentSelection(preferences);
        selection.libraryChanged(app.library().documents());
        reader = new ReaderViewModel(services);
        model = new TargetsViewModel(services, selection, reader);
        model.reload();
    }

    private TargetTableRow row(String key) {
        return model.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void manufacturingPassRateLinesUpThreeRegionsWithTheirYears() {
        TargetTableRow row = row("manufacturing_pass_rate");
        assertEquals("制造业产品质量合格率", row.name());
        assertEquals("96% (2022)", model.cellText(row, "zhejiang"));
        assertEquals("≥94% (2025)", model.cellText(row, "yichun"));
        assertEquals("≥92% (2023) → 94% (2025)", model.cellText(row, "chengde"));
        assertEquals("", model.cellText(row, "anhui"));
        assertEquals(3, row.documentsWithTargets());
    }

    @Test
    void filtersKeepSharedIndicatorsAndThoseOfAYear() {
        int all = model.rows().size();
        model.sharedOnlyProperty().set(true);
        assertTrue(model.rows().size() < all);
        assertTrue(model.rows().stream().allMatch(r -> r.documentsWithTargets() >= 2));
        assertTrue(model.rows().stream().anyMatch(r -> r.key().equals("manufacturing_pass_rate")));

        model.yearFilterProperty().set(2023);
        assertEquals(List.of("manufacturing_pass_rate"), model.rows().stream()
                .filter(r -> r.key().equals("manufacturing_pass_rate")).map(TargetTableRow::key).toList());
        assertTrue(model.rows().stream().allMatch(r -> r.years().contains(2023)));
    }

    @Test
    void themeFilterKeepsIndicatorsWhosePassageHasTheTheme() {
        assertFalse(model.themes().isEmpty(), "targets' passages carry themes");
        String theme = model.themes().get(0);
        int all = model.rows().size();
        model.themeFilterProperty().set(theme);
        assertFalse(model.rows().isEmpty());
        assertTrue(model.rows().size() < all, "a single theme does not cover every indicator");
    }

    @Test
    void deselectingADocumentDropsItsColumnWithoutLosingTheRow() {
        selection.select(List.of("zhejiang", "chengde"));
        assertEquals(List.of("zhejiang", "chengde"), model.columns());
        TargetTableRow row = row("manufacturing_pass_rate");
        assertEquals("", model.cellText(row, "yichun"));
        assertEquals(2, row.documentsWithTargets());
    }

    @Test
    void aCellListsItsRecordsAndTheChartShowsTheIndicatorByRegionAndYear() {
        model.select(row("manufacturing_pass_rate"), "chengde");
        assertEquals(List.of(2023, 2025), model.details().stream().map(r -> r.target().year()).toList());
        assertEquals(4, model.chart().size());
        assertTrue(model.chart().stream().anyMatch(p -> p.region().equals("江西省宜春市") && p.year() == 2025
                && p.value() == 94));
    }

    @Test
    void anEditReplacesOnlyItsRowAndIsMarkedAsEdited() {
        TargetTableRow before = row("star_green_building_share");
        TargetRecord anhui = before.cell("anhui").get(0);
        List<Integer> replaced = new ArrayList<>();
        model.rows().addListener((ListChangeListener<TargetTableRow>) c -> {
            while (c.next()) {
                assertTrue(c.wasReplaced(), "no rows added or removed");
                replaced.add(c.getFrom());
            }
        });
        model.select(before, "anhui");
        assertTrue(model.edit(anhui, new TargetEdit(anhui.target().indicator(), "35", "", "%", Comparator.AT_LEAST,
                "2025", false)));
        assertEquals(List.of(model.rows().indexOf(row("star_green_building_share"))), replaced);
        TargetTableRow after = row("star_green_building_share");
        assertEquals("≥35% (2025)", model.cellText(after, "anhui"));
        assertTrue(after.isEdited("anhui"));
        assertEquals(RecordStatus.EDITED, model.details().get(0).status(), "the detail list shows the fresh record");
    }

    @Test
    void aBadValueIsExplainedAndNothingIsSaved() {
        TargetRecord r = row("manufacturing_pass_rate").cell("zhejiang").get(0);
        assertFalse(model.edit(r, new TargetEdit("制造业产品质量合格率", "九十几", "", "%", Comparator.EQUAL, "2022",
                false)));
        assertEquals(List.of("数值无法识别，请填写数字，例如 94 或 2.5。"), dialogs.errors());
        assertEquals("96% (2022)", model.cellText(row("manufacturing_pass_rate"), "zhejiang"));
    }

    @Test
    void splittingARecordOffMakesANewRowAndTheSelectionFollowsIt() {
        TargetTableRow green = row("green_factories");
        TargetRecord provincial = green.cell("anhui").stream()
                .filter(r -> r.target().indicator().equals("省级绿色工厂")).findFirst().orElseThrow();
        model.select(green, "anhui");
        model.splitOff(provincial, "省级绿色工厂");
        TargetTableRow split = model.selectedRowProperty().get();
        assertEquals("省级绿色工厂", split.name());
        assertEquals(List.of(provincial.id()), split.cell("anhui").stream().map(TargetRecord::id).toList());

        model.mergeSelectedInto(new TargetsViewModel.GroupChoice("green_factories", "绿色工厂"));
        assertEquals("green_factories", model.selectedRowProperty().get().key());
        assertEquals(2, row("green_factories").cell("anhui").size(), "merged back into one row");
    }

    @Test
    void theReaderMarksTargetsOfTheOpenDocumentWithATooltip() {
        reader.open("yichun", -1);
        TargetRecord r = row("manufacturing_pass_rate").cell("yichun").get(0);
        Passage passage = reader.contentProperty().get().passages().stream()
                .filter(p -> p.start() <= r.target().start() && r.target().start() < p.end()).findFirst()
                .orElseThrow();
        PassageDecorator.Decoration decoration = model.highlights().decorate(passage);
        assertTrue(decoration.spans().stream().anyMatch(s -> s.styleClass().equals("target-mark")
                && s.start() == r.target().start() - passage.start()
                && s.tooltip().contains("目标：制造业产品质量合格率 ≥94% (2025)")), decoration.toString());

        model.openSource(r);
        assertTrue(model.highlights().decorate(passage).spans().stream()
                .anyMatch(s -> s.styleClass().equals("target-mark-current")));
    }
}
