package org.policylens.ui.subsidies;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.policylens.i18n.Messages;

/** Amounts by item family, one bar series per region: who pays most for the same award is visible at a glance. */
final class SubsidyChart extends BarChart<String, Number> {

    private final SubsidiesViewModel model;

    SubsidyChart(SubsidiesViewModel model, Messages messages) {
        super(new CategoryAxis(), new NumberAxis());
        this.model = model;
        setId("subsidies-chart");
        getStyleClass().add("comparison-chart");
        setAnimated(false);
        setTitle(messages.get("subsidies.chart.title"));
        getYAxis().setLabel(messages.get("subsidies.chart.axis"));
        model.chart().addListener((ListChangeListener<SubsidiesViewModel.ChartBar>) c -> redraw());
        redraw();
    }

    private void redraw() {
        Set<String> families = new LinkedHashSet<>();
        Map<String, XYChart.Series<String, Number>> byRegion = new LinkedHashMap<>();
        for (SubsidiesViewModel.ChartBar bar : model.chart()) {
            families.add(bar.family());
            XYChart.Series<String, Number> series = byRegion.computeIfAbsent(bar.region(), r -> {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(r);
                return s;
            });
            XYChart.Data<String, Number> data = new XYChart.Data<>(bar.family(), bar.amountWan());
            data.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(bar.region() + "  " + bar.family() + "  "
                            + AmountFormat.format(Math.round(bar.amountWan() * 10_000))));
                }
            });
            series.getData().add(data);
        }
        ((CategoryAxis) getXAxis()).getCategories().setAll(families);
        getData().setAll(byRegion.values());
    }
}
