package org.policylens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;
import org.policylens.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search QUERY}: passages of all documents, Simplified or Traditional, ranked. */
@Command(name = "search", description = "Search all passages. Simplified and Traditional match each other; "
        + "whitespace separates terms that must all occur.")
final class SearchCommand extends DocumentRecordsCommand {



    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to find (taken literally).")
    List<String> query;


    @Option(names = "--theme", paramLabel = "CODE", description = "Only passages coded with this theme.")
    String themeCode;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many hits (0: all).")
    int limit;


    @Override
    public Integer call() {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more");
        }
        List<Map<String, Object>> records = new ArrayList<>();
        try (AppContext app = parent.openLibrary()) {
            if (themeCode != null) {
                app.themes().requireTheme(themeCode);
            }
            SearchQuery search = new SearchQuery(String.join(" ", query), documentSlug, limit, themeCode);
            for (SearchHit hit : app.search().search(search)) {
                records.add(record(hit));
            }
        }
        print(records,
                List.of("document", "sectionPath", "snippet"));
        return 0;
    }

    private static Map<String, Object> record(SearchHit hit) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("document", hit.documentSlug());
        r.put("title", hit.documentTitle());
        r.put("sectionPath", hit.sectionPath());
        r.put("start", hit.start());
        r.put("end", hit.end());
        r.put("snippet", hit.snippet());
        r.put("text", hit.text());
        r.put("hits", hit.hits().stream().map(s -> List.of(s.start(), s.end())).toList());
        r.put("score", hit.score());
        return r;
    }
}
