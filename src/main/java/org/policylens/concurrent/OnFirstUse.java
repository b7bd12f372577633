package org.policylens.concurrent;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, once, whichever thread asks first; later calls return the same one.
 * For parts that are costly to make and not needed on the way to the first window (the document readers, the
 * indicator dictionary).
 */
public final class OnFirstUse<T> implements Supplier<T> {

    private Supplier<? extends T> maker;
    private volatile T made;

    private OnFirstUse(Supplier<? extends T> maker) {
        this.maker = maker;
    }

    public static <T> OnFirstUse<T> of(Supplier<? extends T> maker) {
        return new OnFirstUse<>(maker);
    }

    @Override
    public T get() {
        T ready = made;
        if (ready == null) {
            synchronized (this) {
                if (made == null) {
                    made = Objects.requireNonNull(maker.get(), "made nothing");
                    maker = null;
                }
                ready = made;
            }
        }
        return ready;
    }
}
