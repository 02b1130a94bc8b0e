package dev.gantry.testing.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.KeyPair;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * JVM-wide singletons (PostgreSQL, Kafka, the test signing key), created lazily and stopped by one JVM
 * shutdown hook.
 *
 * <p>Why the indirection: Quarkus loads test classes and test resources through its own class loaders, and may
 * use more than one of them in a test run. A plain {@code static} field would then exist once per class
 * loader, so the test would talk to another broker than the application. {@link #get(String)} therefore
 * always runs inside the copy of this class that the <em>system</em> class loader sees (when it sees one),
 * and hands out handles made of JDK types only ({@code String}, {@code Runnable}, {@code KeyPair}, ...),
 * which every class loader shares. The servers themselves are then also loaded by the system class loader,
 * which is never closed while the JVM lives.
 */
public final class SharedServices {

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String SIGNING_KEY = "signing-key";

    private static final Map<String, Map<String, Object>> HANDLES = new HashMap<>();
    private static final Deque<Runnable> CLOSERS = new ArrayDeque<>();
    private static boolean hookInstalled;

    private SharedServices() {
    }

    /**
     * The shared handle of the named service, created on first use. Use the typed wrappers
     * ({@code PostgresServer}, {@code KafkaBroker}, {@code TestTokens}) rather than this method.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> get(String name) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        Class<?> owner;
        try {
            owner = Class.forName(SharedServices.class.getName(), true, system);
        } catch (ClassNotFoundException e) {
            owner = SharedServices.class; // not on the system class path: statics of this loader it is
        }
        if (owner == SharedServices.class) {
            return local(name);
        }
        try {
            Method local = owner.getDeclaredMethod("local", String.class);
            return (Map<String, Object>) local.invoke(null, name);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("Could not start shared test service " + name, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not reach the shared test services", e);
        }
    }

    /**
     * Implementation of {@link #get(String)} in the class loader that owns the singletons. Public only because
     * it is called reflectively from copies of this class in other class loaders; do not call it directly.
     */
    public static synchronized Map<String, Object> local(String name) {
        Map<String, Object> handle = HANDLES.get(name);
        if (handle == null) {
            handle = ContextClassLoader.withOwn(() -> switch (name) {
                case POSTGRES -> PostgresLauncher.launch();
                case KAFKA -> KafkaLauncher.launch();
                case SIGNING_KEY -> Map.of("keyPair", (Object) Keys.newRsaKeyPair());
                default -> throw new IllegalArgumentException("Unknown shared test service " + name);
            });
            HANDLES.put(name, handle);
            Object close = handle.get("close");
            if (close instanceof Runnable closer) {
                CLOSERS.push(closer);
            }
            installHook();
        }
        return handle;
    }

    /** The shared signing key pair. */
    public static KeyPair signingKey() {
        return (KeyPair) get(SIGNING_KEY).get("keyPair");
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        hookInstalled = true;
        Thread hook = new Thread(SharedServices::closeAll, "gantry-test-services-shutdown");
        hook.setContextClassLoader(SharedServices.class.getClassLoader());
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private static void closeAll() {
        Runnable closer;
        while (true) {
            synchronized (SharedServices.class) {
                closer = CLOSERS.poll();
            }
            if (closer == null) {
                return;
            }
            try {
                closer.run();
            } catch (RuntimeException e) {
                System.err.println("gantry-testing: failed to stop a test service at JVM exit: " + e);
            }
        }
    }
}
