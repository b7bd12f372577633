package org.policylens.service;

import java.nio.file.Path;
import java.util.List;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;

/**
 * Child process of {@link AnnotationCrashTest}: annotates hefei in a loop and prints "saved UUID" after each
 * annotation's transaction has committed, until it is killed.
 */
public final class AnnotationWriterMain {

    private AnnotationWriterMain() {
    }

    public static void main(String[] args) {
        try (AppContext app = AppContext.open(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                Annotation a = app.annotations().annotateQuote("hefei", "質量", 1 + i % 40, "note " + i,
                        AnnotationColor.values()[i % AnnotationColor.values().length], List.of("tag" + i % 7));
                System.out.println("saved " + a.uuid());
                System.out.flush();
            }
        }
    }
}
