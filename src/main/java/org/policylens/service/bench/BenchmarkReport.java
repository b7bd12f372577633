package org.policylens.service.bench;

import java.util.List;

/**
 * What a benchmark run measured.
 *
 * @param documents     documents in the synthetic library
 * @param megabytes     their size in MB (UTF-8)
 * @param importSeconds time to import them, with structure, extraction, themes and indexing
 * @param measurements  the individual figures, in the order they were taken
 */
public record BenchmarkReport(int documents, double megabytes, double importSeconds, List<Measurement> measurements) {

    /** One figure: what was measured, its value and unit, and the budget it is held to (NaN when none). */
    public record Measurement(String name, double value, String unit, double budget, boolean lowerIsBetter) {

        public boolean withinBudget() {
            return Double.isNaN(budget) || (lowerIsBetter ? value <= budget : value >= budget);
        }
    }

    public double importMegabytesPerSecond() {
        return importSeconds == 0 ? 0 : megabytes / importSeconds;
    }
}
