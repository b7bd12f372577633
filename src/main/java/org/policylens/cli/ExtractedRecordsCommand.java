package org.policylens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policylens.service.AppContext;
import picocli.CommandLine.Option;

/**
 * {@code targets} and {@code subsidies}: extracted records of one or all documents, without the ones a user rejected
 * unless {@code --all} is given.
 *
 * @param <T> the record type the service returns
 */
abstract class ExtractedRecordsCommand<T> extends DocumentRecordsCommand {

    @Option(names = "--all", description = "Also list records a user rejected (status rejected).")
    boolean includeRejected;

    @Override
    public Integer call() {
        List<Map<String, Object>> records = new ArrayList<>();
        try (AppContext app = parent.openLibrary()) {
            for (T row : load(app)) {
                records.add(record(row));
            }
        }
        print(records, tableColumns());
        return 0;
    }

    abstract List<T> load(AppContext app);

    abstract Map<String, Object> record(T row);

    abstract List<String> tableColumns();
}
