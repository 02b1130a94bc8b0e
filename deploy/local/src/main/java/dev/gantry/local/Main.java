package dev.gantry.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code ./gantry} command: up, down, status, token, seed, logs. */
public final class Main {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    private Main() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("gantry.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            int code = switch (command) {
                case "up" -> up(root, rest);
                case "down" -> down(root);
                case "status" -> status(root);
                case "token" -> token(root, rest);
                case "seed" -> seed(root);
                case "logs" -> logs(root, rest);
                case "help", "-h", "--help" -> help();
                default -> {
                    ERR.println("gantry: unknown command '" + command + "'");
                    help();
                    yield 2;
                }
            };
            System.exit(code);
        } catch (StackException e) {
            ERR.println("gantry: " + e.describe(root));
            System.exit(1);
        }
    }

    private static int help() {
        OUT.println("""
                Usage: ./gantry <command>

                  up [--demo] [--fresh] [--detach] [--json-logs] [--cors-origins=URL,...]
                                  start PostgreSQL, Kafka, Keycloak and the four services; wait until healthy
                        --demo    seed a demo IT portfolio through the public APIs
                        --fresh   delete the data in .local/data first
                        --detach  return once healthy; stop later with ./gantry down
                        --services=projects,reporting   start only these services
                        --no-services                   only PostgreSQL, Kafka, Keycloak and the gateway
                                  (e.g. to run a service in dev mode: ./mvnw -pl projects-service quarkus:dev)
                  down            stop a running stack (detached or not) and every process it started
                  status          what runs, with pids and health
                  token <user>    print an access token for a demo user (admin, pmo, pm, rm, risk, dev, viewer)
                  seed            seed the demo portfolio into a running stack
                  logs [name]     list the log files, or print the end of one (e.g. ./gantry logs projects)

                Environment: GANTRY_PORT_OFFSET (add to every port), GANTRY_CORS_ORIGINS,
                             GANTRY_SERVICE_JAVA_OPTS (default -Xms512m -Xmx512m -XX:+UseParallelGC). See deploy/local/README.md.""");
        return 0;
    }

    // ---- up ------------------------------------------------------------------------------------------------------

    private static int up(Path root, List<String> args) {
        boolean demo = false;
        boolean fresh = false;
        boolean detach = false;
        boolean supervised = false;
        List<StackConfig.Service> services = new ArrayList<>(List.of(StackConfig.Service.values()));
        StackConfig.Builder builder = StackConfig.forCli(root);
        List<String> forward = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "--demo" -> demo = true;
                case "--fresh" -> fresh = true;
                case "--detach", "-d" -> detach = true;
                case "--supervised" -> supervised = true;
                case "--json-logs" -> builder.jsonLogs(true);
                default -> {
                    if (a.equals("--no-services")) {
                        services.clear();
                    } else if (a.startsWith("--services=")) {
                        services.clear();
                        for (String name : a.substring("--services=".length()).split(",")) {
                            services.add(Arrays.stream(StackConfig.Service.values())
                                    .filter(x -> x.module.equals(name) || x.module.equals(name + "-service"))
                                    .findFirst().orElseThrow(() -> new StackException("unknown service '" + name
                                            + "' (projects, resources, risk, reporting)")));
                        }
                    } else if (a.startsWith("--cors-origins=")) {
                        builder.corsOrigins(List.of(a.substring("--cors-origins=".length()).split(",")));
                    } else {
                        throw new StackException("unknown option '" + a + "' for up (see ./gantry help)");
                    }
                }
            }
            if (!a.equals("--detach") && !a.equals("-d") && !a.equals("--supervised")) {
                forward.add(a);
            }
        }
        StackConfig config = builder.build();
        if (detach && !supervised) {
            return detach(config, forward);
        }

        OUT.println("Starting the Gantry local stack (data in " + rel(config, config.home()) + ", logs in "
                + rel(config, config.logs()) + ")");
        Consumer<String> out = OUT::println;
        Stack stack = Stack.start(config, fresh, services, out);
        if (demo) {
            try {
                new DemoSeed(config, out).run();
            } catch (StackException e) {
                out.accept("  demo         failed: " + e.getMessage());
            }
        }
        printSummary(config, stack.upSeconds(), supervised);
        StateFile.write(config.stateFile(), "ready", childrenOf(stack), config, stack.upSeconds());
        watch(stack, out);
        return 0;
    }

    private static List<Child> childrenOf(Stack stack) {
        return stack.children();
    }

    /** Keeps the launcher alive (it hosts the gateway and supervises); reports a child that dies. */
    private static void watch(Stack stack, Consumer<String> out) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        while (!stack.isClosed()) {
            for (Child c : stack.children()) {
                if (!c.isAlive() && reported.add(c.name) && !stack.isClosed()) {
                    out.accept("gantry: " + c.name + " exited (code " + c.exitValue() + "); see "
                            + rel(stack.config(), c.log) + ". The rest keeps running; restart with ./gantry up.");
                }
            }
            Child.sleep(1000);
        }
    }

    /** Starts the stack as a background launcher of its own and follows its log until it is up. */
    private static int detach(StackConfig config, List<String> forward) {
        Optional<StateFile.State> state = StateFile.read(config.stateFile());
        if (state.isPresent() && state.get().launcherAlive()) {
            throw new StackException("a Gantry stack is already running (pid " + state.get().launcher().pid()
                    + "); ./gantry status, or stop it with ./gantry down");
        }
        StackConfig.ensureDir(config.logs());
        Path log = config.logs().resolve("gantry.log");
        try {
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling("gantry.log.1"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StackException("could not rotate " + log + ": " + e.getMessage());
        }
        StateFile.delete(config.stateFile());
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
            cmd.add("setsid"); // its own session: closing the terminal or Ctrl-C here does not stop it
        }
        cmd.add(Kafka.javaExecutable());
        cmd.addAll(ProcessHandle.current().info().arguments().map(Main::jvmOptions).orElse(List.of()));
        cmd.add("dev.gantry.local.Main");
        cmd.add("up");
        cmd.add("--supervised");
        cmd.addAll(forward);
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            p = pb.start();
        } catch (IOException e) {
            throw new StackException("could not start the background launcher: " + e.getMessage());
        }
        // Follow its log until it reports "ready" in the state file, or exits.
        long pos = 0;
        while (true) {
            pos = copyNew(log, pos);
            Optional<StateFile.State> s = StateFile.read(config.stateFile());
            if (s.isPresent() && "ready".equals(s.get().status()) && s.get().launcher() != null
                    && s.get().launcher().pid() == p.pid()) {
                copyNew(log, pos);
                return 0;
            }
            if (!p.isAlive()) {
                copyNew(log, pos);
                ERR.println("gantry: the stack did not start (full log: " + rel(config, log) + ")");
                return 1;
            }
            Child.sleep(200);
        }
    }

    /** The JVM options of this launcher (class path, -D...), to start the background one the same way. */
    private static List<String> jvmOptions(String[] arguments) {
        List<String> opts = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String a = arguments[i];
            if (a.equals("dev.gantry.local.Main")) {
                break;
            }
            opts.add(a);
        }
        return opts;
    }

    private static long copyNew(Path log, long pos) {
        try (RandomAccessFile raf = new RandomAccessFile(log.toFile(), "r")) {
            long len = raf.length();
            if (len > pos) {
                raf.seek(pos);
                byte[] buf = new byte[(int) (len - pos)];
                raf.readFully(buf);
                OUT.print(new String(buf, StandardCharsets.UTF_8));
                OUT.flush();
                return len;
            }
        } catch (IOException e) {
            // not there yet
        }
        return pos;
    }

    private static void printSummary(StackConfig c, double seconds, boolean detached) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%nGantry is up (%.1f s).%n%n", seconds));
        sb.append(String.format("  %-22s %s/api/{projects,resources,risks,reports}%n", "Gateway (one base URL)",
                c.gatewayUrl()));
        for (StackConfig.Service s : StackConfig.Service.values()) {
            sb.append(String.format("  %-22s %-36s Swagger UI %s/q/swagger-ui%n", s.module,
                    c.serviceUrl(s) + s.apiRoot, c.serviceUrl(s)));
        }
        sb.append(String.format("  %-22s %s   (admin console: %s/admin, admin / admin)%n", "Keycloak",
                c.keycloakUrl(), c.keycloakUrl()));
        sb.append(String.format("  %-22s %s%n", "OIDC issuer", c.issuerUrl()));
        sb.append(String.format("  %-22s localhost:%d   (databases projects, resources, risk, reporting, keycloak;"
                + " user = password = database name)%n", "PostgreSQL", c.postgresPort()));
        sb.append(String.format("  %-22s %s%n", "Kafka", c.kafkaBootstrap()));
        sb.append(String.format("%n  Demo users (password = user name): "));
        List<String> users = new ArrayList<>();
        for (Map.Entry<String, String> u : StackConfig.DEMO_USERS.entrySet()) {
            users.add(u.getKey() + " (" + u.getValue() + ")");
        }
        sb.append(String.join(", ", users)).append(System.lineSeparator());
        sb.append(String.format("  Token:  ./gantry token pm%n"));
        sb.append(String.format("  Try:    curl -H \"Authorization: Bearer $(./gantry token pm)\" %s/api/projects%n",
                c.gatewayUrl()));
        sb.append(String.format("  Raw:    curl -d grant_type=password -d client_id=%s -d username=pm -d password=pm"
                + " %s/protocol/openid-connect/token%n", StackConfig.CLI_CLIENT, c.issuerUrl()));
        sb.append(String.format("  Logs:   %s/<name>.log   (./gantry logs <name>)%n", rel(c, c.logs())));
        sb.append(detached ? String.format("%nRunning in the background. Stop it with ./gantry down.%n")
                : String.format("%nPress Ctrl-C to stop everything.%n"));
        OUT.print(sb);
        OUT.flush();
    }

    // ---- down, status --------------------------------------------------------------------------------------------

    private static int down(Path root) {
        StackConfig config = StackConfig.forCli(root).build();
        Optional<StateFile.State> state = StateFile.read(config.stateFile());
        if (state.isEmpty()) {
            OUT.println("No Gantry stack is running (no " + rel(config, config.stateFile()) + ").");
            return 0;
        }
        StateFile.State s = state.get();
        Optional<ProcessHandle> launcher = s.launcher() == null ? Optional.empty() : s.launcher().handle();
        if (launcher.isPresent()) {
            OUT.println("Stopping the Gantry stack (launcher pid " + launcher.get().pid() + ") …");
            launcher.get().destroy(); // SIGTERM: it stops the services, Keycloak, Kafka and PostgreSQL in order
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (launcher.get().isAlive() && System.nanoTime() < deadline) {
                Child.sleep(200);
            }
            if (launcher.get().isAlive()) {
                OUT.println("  the launcher did not stop in time; ending it and its children");
                launcher.get().destroyForcibly();
            }
        }
        Stack.stopLeftovers(s, OUT::println);
        StateFile.delete(config.stateFile());
        List<String> alive = new ArrayList<>();
        for (StateFile.Proc p : s.children()) {
            if (p.handle().isPresent()) {
                alive.add(p.name() + " (pid " + p.pid() + ")");
            }
        }
        if (!alive.isEmpty()) {
            ERR.println("gantry: still running: " + String.join(", ", alive));
            return 1;
        }
        OUT.println("Stopped; no process of the stack is left.");
        return 0;
    }

    private static int status(Path root) {
        StackConfig config = StackConfig.forCli(root).build();
        Optional<StateFile.State> state = StateFile.read(config.stateFile());
        if (state.isEmpty()) {
            OUT.println("No Gantry stack is running.");
            return 3;
        }
        StateFile.State s = state.get();
        StackConfig c = StackConfig.forCli(root).portOffset(s.portOffset()).build();
        OUT.printf("Gantry stack: %s%s, launcher pid %s (%s)%n", s.status(),
                s.upSeconds() == null ? "" : String.format(" (healthy after %.1f s)", s.upSeconds()),
                s.launcher() == null ? "?" : s.launcher().pid(), s.launcherAlive() ? "running" : "gone");
        OUT.printf("  %-18s %-8s %-8s %s%n", "gateway", "-", health(c.gatewayUrl() + "/"), c.gatewayUrl());
        boolean allUp = s.launcherAlive();
        for (StateFile.Proc p : s.children()) {
            boolean alive = p.handle().isPresent();
            String url = switch (p.name()) {
                case "postgres" -> "localhost:" + c.postgresPort();
                case "kafka" -> c.kafkaBootstrap();
                case "keycloak" -> c.keycloakUrl();
                default -> Arrays.stream(StackConfig.Service.values()).filter(x -> x.module.equals(p.name()))
                        .findFirst().map(c::serviceUrl).orElse("");
            };
            String health;
            if (!alive) {
                health = "stopped";
            } else if (p.name().endsWith("-service")) {
                health = health(url + "/q/health/ready");
            } else if (p.name().equals("keycloak")) {
                health = health(c.issuerUrl() + "/.well-known/openid-configuration");
            } else {
                int port = p.name().equals("postgres") ? c.postgresPort() : c.kafkaPort();
                health = Ports.isListening(port) ? "up" : "down";
            }
            allUp &= health.equals("up");
            OUT.printf("  %-18s %-8s %-8s %s%n", p.name(), p.pid(), health, url);
        }
        return allUp ? 0 : 1;
    }

    private static String health(String url) {
        int status = Http.status(url);
        return status == 200 ? "up" : status < 0 ? "down" : "HTTP " + status;
    }

    // ---- token, seed, logs ---------------------------------------------------------------------------------------

    private static StackConfig running(Path root) {
        StackConfig.Builder b = StackConfig.forCli(root);
        StateFile.read(b.build().stateFile()).ifPresent(s -> b.portOffset(s.portOffset()));
        return b.build();
    }

    private static int token(Path root, List<String> args) {
        if (args.isEmpty()) {
            throw new StackException("which user? ./gantry token <user> [password]; demo users: "
                    + String.join(", ", StackConfig.DEMO_USERS.keySet()));
        }
        String user = args.get(0);
        String password = args.size() > 1 ? args.get(1) : user;
        OUT.println(new Tokens(running(root).issuerUrl()).forUser(user, password));
        return 0;
    }

    private static int seed(Path root) {
        StackConfig config = running(root);
        if (Http.status(config.gatewayUrl() + "/") != 200) {
            throw new StackException("no stack answers at " + config.gatewayUrl() + "; start it with ./gantry up");
        }
        new DemoSeed(config, OUT::println).run();
        return 0;
    }

    private static int logs(Path root, List<String> args) {
        StackConfig config = running(root);
        if (args.isEmpty()) {
            try (var files = Files.list(config.logs())) {
                files.filter(f -> f.toString().endsWith(".log")).sorted()
                        .forEach(f -> OUT.println(rel(config, f)));
            } catch (IOException e) {
                OUT.println("No logs yet (" + rel(config, config.logs()) + ").");
            }
            return 0;
        }
        String name = args.get(0);
        Path log = config.logs().resolve(name + ".log");
        if (!Files.exists(log)) {
            log = config.logs().resolve(name + "-service.log");
        }
        if (!Files.exists(log)) {
            throw new StackException("no log named " + name + " in " + rel(config, config.logs()));
        }
        OUT.print(Child.tail(log, 200).replaceAll("(?m)^    ", ""));
        return 0;
    }

    private static String rel(StackConfig config, Path p) {
        return StackException.display(config.root(), p);
    }
}
