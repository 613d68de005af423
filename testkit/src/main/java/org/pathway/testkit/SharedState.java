package org.pathway.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.Function;

/**
 * The bridge from any class loader to the one running infrastructure. Quarkus loads test resources, test classes
 * and the application in different class loaders, each with its own copy of this package; all of them reach the
 * copy of {@link Infrastructure} in the system class loader, and exchange only JDK types with it. (System
 * properties cannot carry the handle: libraries such as Narayana copy every system property as a string and fail
 * on anything else.)
 */
final class SharedState {

    static final String KAFKA_STOP = "kafka.stop";
    static final String KAFKA_START = "kafka.start";
    static final String KAFKA_BOOTSTRAP = "kafka.bootstrap";

    private SharedState() {
    }

    /** Starts the infrastructure unless it is running, and returns its configuration. */
    @SuppressWarnings("unchecked")
    static Map<String, String> startOnce() {
        return (Map<String, String>) invoke("startOnce");
    }

    @SuppressWarnings("unchecked")
    static Function<String, String> control() {
        Function<String, String> control = (Function<String, String>) invoke("control");
        if (control == null) {
            throw new IllegalStateException("Pathway test infrastructure is not running: annotate a test class with "
                    + "@QuarkusTestResource(PathwayInfrastructure.class) or call new PathwayInfrastructure().start()");
        }
        return control;
    }

    private static Object invoke(String staticMethod) {
        try {
            Method method = Class.forName(Infrastructure.class.getName(), true, sharedClassLoader()).getDeclaredMethod(staticMethod);
            method.setAccessible(true);
            return method.invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Pathway test infrastructure failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the Pathway test infrastructure", e);
        }
    }

    /**
     * The system class loader outlives every Quarkus application class loader, so servers started from it keep
     * working when a Quarkus application stops. Outside a flat class path, fall back to this class's own loader.
     */
    private static ClassLoader sharedClassLoader() {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        try {
            Class.forName(Infrastructure.class.getName(), false, system);
            Class.forName("kafka.server.KafkaRaftServer", false, system);
            return system;
        } catch (ClassNotFoundException notOnSystemClassPath) {
            return SharedState.class.getClassLoader();
        }
    }
}
