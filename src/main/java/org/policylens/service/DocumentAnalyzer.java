package org.policylens.service;

/**
 * Work that runs on a newly stored document: extraction of targets and subsidies, theme coding. Analyzers are
 * registered in {@link AppContext} so import does not need to know them.
 */
@FunctionalInterface
public interface DocumentAnalyzer {

    void analyze(long documentId);
}
