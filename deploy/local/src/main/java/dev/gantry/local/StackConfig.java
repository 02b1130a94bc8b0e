package dev.gantry.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the local stack needs to know: where the repository, the data and the caches are, which ports to use,
 * and how long to wait. {@link #forCli} is what {@code ./gantry} uses; the end-to-end test builds its own (other
 * ports, its own data folder) so that it can run while a developer's stack is up.
 */
public final class StackConfig {

    /** The four services, in start order, with their default port, database and REST root. */
    public enum Service {
        PROJECTS("projects-service", "projects", 8081, "/api/projects"),
        RESOURCES("resources-service", "resources", 8082, "/api/resources"),
        RISK("risk-service", "risk", 8083, "/api/risks"),
        REPORTING("reporting-service", "reporting", 8084, "/api/reports");

        public final String module;
        public final String database;
        public final int defaultPort;
        public final String apiRoot;

        Service(String module, String database, int defaultPort, String apiRoot) {
            this.module = module;
            this.database = database;
            this.defaultPort = defaultPort;
            this.apiRoot = apiRoot;
        }
    }

    public static final int GATEWAY_PORT = 8080;
    public static final int KEYCLOAK_PORT = 8180;
    public static final int KEYCLOAK_MANAGEMENT_PORT = 8181;
    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 19092;
    public static final int KAFKA_CONTROLLER_PORT = 19093;

    /** JVM options of the services unless {@code GANTRY_SERVICE_JAVA_OPTS} says otherwise. */
    public static final String DEFAULT_SERVICE_JAVA_OPTIONS = "-Xms512m -Xmx512m -XX:+UseParallelGC";

    public static final String REALM = "gantry";
    public static final String CLI_CLIENT = "gantry-cli";

    /** Demo users of the realm: user name (= password) and realm role. */
    public static final Map<String, String> DEMO_USERS = demoUsers();

    private static Map<String, String> demoUsers() {
        var users = new java.util.LinkedHashMap<String, String>();
        users.put("admin", "admin");
        users.put("pmo", "pmo");
        users.put("pm", "project-manager");
        users.put("rm", "resource-manager");
        users.put("risk", "risk-manager");
        users.put("dev", "member");
        users.put("viewer", "viewer");
        return java.util.Collections.unmodifiableMap(users);
    }

    final Path root;
    final Path home;
    final Path cache;
    final Path kafkaLibs;
    final Path keycloakZip;
    final String keycloakVersion;
    final int portOffset;
    final List<String> corsOrigins;
    final boolean jsonLogs;
    final String serviceJavaOptions;
    final Duration keycloakTimeout;
    final Duration serviceTimeout;
    final Duration infraTimeout;
    final Map<String, Map<String, String>> extraEnv;

    private StackConfig(Builder b) {
        this.root = b.root.toAbsolutePath().normalize();
        this.home = b.home.toAbsolutePath().normalize();
        this.cache = b.cache.toAbsolutePath().normalize();
        this.kafkaLibs = b.kafkaLibs.toAbsolutePath().normalize();
        this.keycloakZip = b.keycloakZip;
        this.keycloakVersion = b.keycloakVersion;
        this.portOffset = b.portOffset;
        this.corsOrigins = List.copyOf(b.corsOrigins);
        this.jsonLogs = b.jsonLogs;
        this.serviceJavaOptions = b.serviceJavaOptions;
        this.keycloakTimeout = b.keycloakTimeout;
        this.serviceTimeout = b.serviceTimeout;
        this.infraTimeout = b.infraTimeout;
        this.extraEnv = Map.copyOf(b.extraEnv);
    }

    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** The configuration of {@code ./gantry}: data in {@code .local/} at the repository root, default ports. */
    public static Builder forCli(Path root) {
        Builder b = new Builder(root);
        String offset = System.getenv("GANTRY_PORT_OFFSET");
        if (offset != null && !offset.isBlank()) {
            b.portOffset(Integer.parseInt(offset.trim()));
        }
        String cors = System.getenv("GANTRY_CORS_ORIGINS");
        if (cors != null && !cors.isBlank()) {
            b.corsOrigins(List.of(cors.split(",")));
        }
        String opts = System.getenv("GANTRY_SERVICE_JAVA_OPTS");
        if (opts != null && !opts.isBlank()) {
            b.serviceJavaOptions(opts);
        }
        return b;
    }

    public Path root() { return root; }
    public Path home() { return home; }
    public Path logs() { return home.resolve("logs"); }
    public Path data() { return home.resolve("data"); }
    public Path stateFile() { return home.resolve("state.json"); }

    public int port(int defaultPort) { return defaultPort + portOffset; }
    public int gatewayPort() { return port(GATEWAY_PORT); }
    public int keycloakPort() { return port(KEYCLOAK_PORT); }
    public int keycloakManagementPort() { return port(KEYCLOAK_MANAGEMENT_PORT); }
    public int postgresPort() { return port(POSTGRES_PORT); }
    public int kafkaPort() { return port(KAFKA_PORT); }
    public int kafkaControllerPort() { return port(KAFKA_CONTROLLER_PORT); }
    public int servicePort(Service s) { return port(s.defaultPort); }

    public String gatewayUrl() { return "http://localhost:" + gatewayPort(); }
    public String keycloakUrl() { return "http://localhost:" + keycloakPort(); }
    public String issuerUrl() { return keycloakUrl() + "/realms/" + REALM; }
    public String serviceUrl(Service s) { return "http://localhost:" + servicePort(s); }
    public String kafkaBootstrap() { return "localhost:" + kafkaPort(); }

    public Path serviceJar(Service s) {
        return root.resolve(s.module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static final class Builder {
        private final Path root;
        private Path home;
        private Path cache;
        private Path kafkaLibs;
        private Path keycloakZip;
        private String keycloakVersion;
        private int portOffset;
        private List<String> corsOrigins = new ArrayList<>(List.of(
                "http://localhost:3000", "http://localhost:4200", "http://localhost:5173", "http://localhost:8080"));
        private boolean jsonLogs;
        /**
         * Full tiered JIT (C1 only would cap throughput), a set heap so that a benchmark measures the same JVM every
         * time, and the Parallel collector, which gave more requests per second and fewer p99 outliers than G1 at this
         * heap size in bench/run http (deploy/local/README.md, "JVM options of the services").
         */
        private String serviceJavaOptions = DEFAULT_SERVICE_JAVA_OPTIONS;
        private Duration keycloakTimeout = Duration.ofSeconds(240);
        private Duration serviceTimeout = Duration.ofSeconds(180);
        private Duration infraTimeout = Duration.ofSeconds(90);
        private final Map<String, Map<String, String>> extraEnv = new java.util.HashMap<>();

        private Builder(Path root) {
            this.root = root;
            this.home = root.resolve(".local");
            this.cache = null;
            this.kafkaLibs = root.resolve("deploy/local/target/kafka");
            Properties build = buildProperties();
            this.keycloakVersion = build.getProperty("keycloak.version", "26.7.3");
            String zip = build.getProperty("keycloak.zip");
            this.keycloakZip = zip == null || zip.isBlank() || zip.startsWith("${") ? null : Path.of(zip);
        }

        public Builder home(Path home) { this.home = home; return this; }
        public Builder cache(Path cache) { this.cache = cache; return this; }
        public Builder kafkaLibs(Path dir) { this.kafkaLibs = dir; return this; }
        public Builder keycloakZip(Path zip) { this.keycloakZip = zip; return this; }
        public Builder portOffset(int offset) { this.portOffset = offset; return this; }
        public Builder corsOrigins(List<String> origins) {
            this.corsOrigins = origins.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
            return this;
        }
        public Builder jsonLogs(boolean json) { this.jsonLogs = json; return this; }
        public Builder serviceJavaOptions(String options) { this.serviceJavaOptions = options; return this; }
        public Builder keycloakTimeout(Duration d) { this.keycloakTimeout = d; return this; }
        public Builder serviceTimeout(Duration d) { this.serviceTimeout = d; return this; }
        public Builder infraTimeout(Duration d) { this.infraTimeout = d; return this; }

        /** Extra environment for one service (module name), e.g. to try a setting, or to break it in a test. */
        public Builder serviceEnv(String module, Map<String, String> env) {
            this.extraEnv.put(module, Map.copyOf(env));
            return this;
        }

        public StackConfig build() {
            if (cache == null) {
                cache = home.resolve("cache");
            }
            return new StackConfig(this);
        }
    }

    static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = StackConfig.class.getResourceAsStream("/gantry-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static void ensureDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
