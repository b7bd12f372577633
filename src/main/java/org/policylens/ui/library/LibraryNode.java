package org.policylens.ui.library;

import java.util.List;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;

/** A row of the library tree: a level group, a region group inside it, or a document. */
public sealed interface LibraryNode {

    /** Documents of one administrative level; {@code level} is null for documents whose level is unknown. */
    record LevelGroup(Level level, List<RegionGroup> regions) implements LibraryNode {
        public LevelGroup {
            regions = List.copyOf(regions);
        }

        public int documentCount() {
            return regions.stream().mapToInt(r -> r.documents().size()).sum();
        }
    }

    /** Documents of one region as written (empty when unknown), in the chosen sort order. */
    record RegionGroup(String region, List<DocumentSummary> documents) implements LibraryNode {
        public RegionGroup {
            documents = List.copyOf(documents);
        }
    }

    record DocumentNode(DocumentSummary document) implements LibraryNode {
    }
}
