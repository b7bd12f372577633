package org.policylens.ui.targets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.policylens.i18n.Messages;

/** The chosen indicator's values by year, one bar series per document, so progressions and gaps show at a glance. */
final class TargetChart extends BarChart<String, Number> {

    private final TargetsViewModel model;
    private final Messages messages;

    TargetChart(TargetsViewModel model, Messages messages) {
        super(new CategoryAxis(), new NumberAxis());
        this.model = model;
        this.messages = messages;
        setId("targets-chart");
        getStyleClass().add("comparison-chart");
        setAnimated(false);
        // Categories are set before the data, in order; auto-ranging would order them as the data came.
        getXAxis().setAutoRanging(false);
        setLegendVisible(true);
        getXAxis().setLabel(messages.get("targets.chart.year"));
        setTitle(messages.get("targets.chart.empty"));
        model.chart().addListener((ListChangeListener<TargetsViewModel.ChartPoint>) c -> redraw());
        redraw();
    }

    private void redraw() {
        TargetTableRow row = model.selectedRowProperty().get();
        setTitle(row == null ? messages.get("targets.chart.empty") : row.name());
        String noYear = messages.get("targets.chart.noyear");
        TreeSet<String> years = new TreeSet<>();
        Map<String, XYChart.Series<String, Number>> byRegion = new LinkedHashMap<>();
        for (TargetsViewModel.ChartPoint p : model.chart()) {
            String category = p.year() == null ? noYear : String.valueOf(p.year());
            years.add(category);
            XYChart.Series<String, Number> series = byRegion.computeIfAbsent(p.region(), r -> {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(r);
                return s;
            });
            XYChart.Data<String, Number> data = new XYChart.Data<>(category, p.value());
            series.getData().add(data);
            data.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(p.region() + "  " + p.label()));
                }
            });
        }
        ((CategoryAxis) getXAxis()).getCategories().setAll(years);
        getData().setAll(byRegion.values());
    }
}
