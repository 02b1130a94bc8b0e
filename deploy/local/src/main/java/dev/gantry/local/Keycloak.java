package dev.gantry.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from its distribution on Maven Central ({@code org.keycloak:keycloak-quarkus-dist}, which Maven caches in
 * the local repository), unpacked once into the cache, run with {@code kc.sh start-dev} on the stack's PostgreSQL
 * (database {@code keycloak}), importing the {@code gantry} realm.
 */
final class Keycloak {

    static final String DATABASE = "keycloak";
    static final String REALM_RESOURCE = "/keycloak/gantry-realm.json";

    private final StackConfig config;
    private final Path dist;

    Keycloak(StackConfig config) {
        this.config = config;
        this.dist = config.cache.resolve("keycloak-" + config.keycloakVersion);
    }

    /** Unpacks the distribution if needed; returns true if it did (the first start then takes longer). */
    boolean ensureDistribution() {
        if (Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
            return false;
        }
        Path zip = config.keycloakZip;
        if (zip == null || !Files.isRegularFile(zip)) {
            throw new StackException("the Keycloak distribution (org.keycloak:keycloak-quarkus-dist:"
                    + config.keycloakVersion + ":zip) is not in the local Maven repository"
                    + (zip == null ? "" : " at " + zip)
                    + "; download it with: ./mvnw -q -DskipTests package -pl deploy/local -am");
        }
        Path tmp = config.cache.resolve("keycloak-unpack-" + ProcessHandle.current().pid());
        Postgres.deleteTree(tmp);
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path out = tmp.resolve(e.getName()).normalize();
                if (!out.startsWith(tmp)) {
                    throw new IOException("bad entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zf.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (e.getName().endsWith(".sh")) {
                    out.toFile().setExecutable(true, false);
                }
            }
            Path unpacked = tmp.resolve("keycloak-" + config.keycloakVersion);
            if (!Files.isDirectory(unpacked)) {
                throw new IOException("unexpected layout of " + zip);
            }
            Files.move(unpacked, dist, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StackException("could not unpack Keycloak from " + zip + ": " + e.getMessage()
                    + " (a broken download? delete " + zip.getParent() + " and run ./gantry up again)");
        } finally {
            Postgres.deleteTree(tmp);
        }
        return true;
    }

    /** SHA-256 of the realm file, to re-import the realm when it changed. */
    static String realmHash() {
        try (InputStream in = Keycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new StackException("realm file " + REALM_RESOURCE + " missing from the launcher");
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new StackException("could not read the realm file: " + e.getMessage());
        }
    }

    Child start(Postgres postgres) {
        Path importDir = dist.resolve("data/import");
        try {
            Files.createDirectories(importDir);
            try (InputStream in = Keycloak.class.getResourceAsStream(REALM_RESOURCE)) {
                Files.copy(in, importDir.resolve("gantry-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StackException("could not copy the realm file to " + importDir + ": " + e.getMessage());
        }
        List<String> cmd = List.of(dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + config.keycloakPort(),
                "--http-management-port=" + config.keycloakManagementPort(),
                "--hostname-strict=false",
                "--db=postgres",
                "--db-url=" + postgres.jdbcUrl(DATABASE),
                "--db-username=" + DATABASE,
                "--db-password=" + DATABASE,
                "--import-realm");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m",
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1",
                "JAVA_HOME", System.getProperty("java.home"));
        return Child.start("keycloak", cmd, env, dist, config.logs().resolve("keycloak.log"));
    }

    /** Ready when the realm's discovery document is served (the realm was imported). */
    boolean isReady() {
        return Http.status(config.issuerUrl() + "/.well-known/openid-configuration") == 200;
    }
}
