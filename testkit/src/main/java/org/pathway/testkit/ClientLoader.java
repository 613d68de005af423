package org.pathway.testkit;

import java.util.function.Supplier;

/**
 * Kafka clients resolve configured class names through the context class loader; under Quarkus that may not be
 * the loader that loaded kafka-clients, which makes the client reject its own classes.
 */
final class ClientLoader {

    private ClientLoader() {
    }

    static <T> T with(Supplier<T> create) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClientLoader.class.getClassLoader());
        try {
            return create.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
