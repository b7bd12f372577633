package org.policylens.ui.subsidies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.policylens.i18n.Messages;

/**
 * Amounts by item family, one bar series per region: who pays most for the same award shows at a glance. Bars run
 * horizontally because award names are long; a name is shortened on the axis and given whole in the bar's tooltip.
 */
final class SubsidyChart extends BarChart<Number, String> {

    private static final int LABEL_LENGTH = 10;

    private final SubsidiesViewModel model;

    SubsidyChart(SubsidiesViewModel model, Messages messages) {
        super(new NumberAxis(), new CategoryAxis());
        this.model = model;
        setId("subsidies-chart");
        getStyleClass().add("comparison-chart");
        setAnimated(false);
        // Categories are set before the data, in order; auto-ranging would order them as the data came.
        getYAxis().setAutoRanging(false);
        setTitle(messages.get("subsidies.chart.title"));
        getXAxis().setLabel(messages.get("subsidies.chart.axis"));
        model.chart().addListener((ListChangeListener<SubsidiesViewModel.ChartBar>) c -> redraw());
        redraw();
    }

    private void redraw() {
        Set<String> families = new LinkedHashSet<>();
        Map<String, XYChart.Series<Number, String>> byRegion = new LinkedHashMap<>();
        for (SubsidiesViewModel.ChartBar bar : model.chart()) {
            String category = shortened(bar.family());
            families.add(category);
            XYChart.Series<Number, String> series = byRegion.computeIfAbsent(bar.region(), r -> {
                XYChart.Series<Number, String> s = new XYChart.Series<>();
                s.setName(r);
                return s;
            });
            XYChart.Data<Number, String> data = new XYChart.Data<>(bar.amountWan(), category);
            data.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(bar.region() + "  " + bar.family() + "  "
                            + AmountFormat.format(Math.round(bar.amountWan() * 10_000))));
                }
            });
            series.getData().add(data);
        }
        // The largest amounts at the top: a category axis draws its first category at the bottom.
        List<String> bottomUp = new ArrayList<>(families);
        java.util.Collections.reverse(bottomUp);
        ((CategoryAxis) getYAxis()).getCategories().setAll(bottomUp);
        getData().setAll(byRegion.values());
    }

    private static String shortened(String label) {
        return label.codePointCount(0, label.length()) <= LABEL_LENGTH ? label
                : label.substring(0, label.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "…";
    }
}
