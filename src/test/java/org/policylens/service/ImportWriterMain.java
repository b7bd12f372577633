package org.policylens.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Child process of {@link ImportCrashTest}: imports variants of the bundled texts through the batch pipeline and
 * prints "stored SLUG" for each document once its batch has committed, until it is killed (or runs out).
 */
public final class ImportWriterMain {

    private static final List<String> CORPUS = List.of("anhui", "chengde", "hefei", "yichun", "zhejiang");

    private ImportWriterMain() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = CORPUS.stream().map(ImportWriterMain::read).toList();
        Iterable<ImportSource> sources = () -> IntStream.range(0, 2_000).mapToObj(i -> ImportSource.bytes(
                (texts.get(i % texts.size()) + "\n附：变体" + i + "。\n").getBytes(StandardCharsets.UTF_8),
                "variant-" + i + ".txt", MetadataOverrides.NONE)).iterator();
        try (AppContext app = AppContext.open(Path.of(args[0]))) {
            app.importer().importAll(sources, result -> {
                System.out.println("stored " + result.outcomeOrThrow().document().slug());
                System.out.flush();
            });
        }
    }

    private static String read(String slug) {
        try {
            return Files.readString(Path.of("data/corpus/" + slug + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
