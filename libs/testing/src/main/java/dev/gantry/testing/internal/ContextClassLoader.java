package dev.gantry.testing.internal;

import java.util.function.Supplier;

/**
 * Runs code with this library's own class loader as the thread context class loader.
 *
 * <p>Kafka loads classes through the context class loader, and threads inherit it from the thread that creates
 * them. Under {@code @QuarkusTest} the context class loader is a Quarkus class loader that is closed when the
 * application stops, while the shared servers live until the JVM exits; they must not depend on it.
 */
final class ContextClassLoader {

    private ContextClassLoader() {
    }

    static <T> T withOwn(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ContextClassLoader.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static void withOwn(Runnable action) {
        withOwn(() -> {
            action.run();
            return null;
        });
    }
}
