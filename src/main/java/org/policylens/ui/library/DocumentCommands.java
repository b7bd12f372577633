package org.policylens.ui.library;

import java.util.function.Consumer;

/** What the library offers to do with a document, each given its slug; the import feature supplies them. */
public record DocumentCommands(Consumer<String> editMetadata, Consumer<String> replaceWithNewVersion,
                               Consumer<String> remove) {
}
