package dev.gantry.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The stack the end-to-end tests drive, given to any test method (usually a {@code @BeforeAll}) that takes a
 * {@link Stack} parameter. It is started once per test JVM and shared by the test classes, because starting it
 * (Keycloak above all) takes longer than most of what a class does with it; the root context closes it when the run
 * ends.
 *
 * <p>Each class gets it up: a part that a previous class killed or stopped and did not bring back is started again,
 * and every part is healthy, so that one class's faults do not decide another's outcome. On a failure the ends of all
 * logs are printed.
 *
 * <p>System properties: {@code gantry.e2e.portOffset} (default 10000: gateway 18080, services 18081–18084, Keycloak
 * 18180, PostgreSQL 25432, Kafka 29092 — every port below Linux's ephemeral range, 32768 and up, where an outgoing
 * connection or another test's embedded server on a random port could hold it), {@code gantry.e2e.cache} (default {@code .local/cache}: the unpacked
 * Keycloak and PostgreSQL, shared with {@code ./gantry up}), {@code gantry.e2e.env.<module>=K=V;K=V} (environment
 * for one service, e.g. to check that a broken flow fails).
 */
final class SharedStack implements ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Stack stack = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Stack.class, key -> start(), Stack.class);
        stack.ensureUp();
        return stack;
    }

    /** On any failure, prints the end of every log of the stack, and where the full logs are. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Stack stack = context.getRoot().getStore(NAMESPACE).get(Stack.class, Stack.class);
        if (stack == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("[e2e] " + context.getDisplayName() + " failed; ends of the logs:")
                .append(System.lineSeparator());
        stack.logs().forEach((name, log) -> sb.append("---- ").append(log).append(System.lineSeparator())
                .append(Child.tail(log, 25)));
        System.out.println(sb);
    }

    private static Stack start() {
        Path root = Path.of(System.getProperty("gantry.root", "../..")).toAbsolutePath().normalize();
        Path target = Path.of(System.getProperty("gantry.local.target", "target")).toAbsolutePath();
        String cache = System.getProperty("gantry.e2e.cache");
        StackConfig.Builder builder = StackConfig.builder(root);
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("gantry.e2e.env.")) {
                Map<String, String> env = new java.util.HashMap<>();
                for (String kv : System.getProperty(name).split(";")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        env.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                    }
                }
                builder.serviceEnv(name.substring("gantry.e2e.env.".length()), env);
            }
        }
        StackConfig config = builder
                .home(target.resolve("e2e"))
                .cache(cache == null || cache.isBlank() ? root.resolve(".local/cache") : Path.of(cache))
                .kafkaLibs(target.resolve("kafka"))
                .portOffset(Integer.getInteger("gantry.e2e.portOffset", 10000))
                .build();
        try {
            Stack stack = Stack.start(config, true, List.of(StackConfig.Service.values()),
                    line -> System.out.println("[e2e] " + line));
            System.out.println("[e2e] stack healthy after " + String.format("%.1f s", stack.upSeconds()));
            return stack;
        } catch (StackException e) {
            throw new AssertionError("the stack did not start: " + e.describe(root), e);
        }
    }
}
