package dev.gantry.testing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides whether to use Testcontainers.
 *
 * <p>Asking Testcontainers directly when no Docker engine exists is slow and logs errors on every run, so it is
 * only asked when there is a sign of a Docker engine (DOCKER_HOST, a Docker socket, a Testcontainers config).
 * {@code -Dgantry.testing.docker=true|false} (or env {@code GANTRY_TESTING_DOCKER}) forces the decision.
 */
public final class DockerProbe {

    private static Boolean available;

    private DockerProbe() {
    }

    public static synchronized boolean dockerAvailable() {
        if (available == null) {
            available = probe();
        }
        return available;
    }

    private static boolean probe() {
        String forced = System.getProperty("gantry.testing.docker", System.getenv("GANTRY_TESTING_DOCKER"));
        if (forced != null && !forced.isBlank()) {
            boolean wanted = Boolean.parseBoolean(forced.trim().toLowerCase(Locale.ROOT));
            if (wanted && !askTestcontainers()) {
                throw new IllegalStateException("gantry.testing.docker=true but Testcontainers finds no Docker engine");
            }
            return wanted;
        }
        return hasDockerHint() && askTestcontainers();
    }

    private static boolean hasDockerHint() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        return Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || (runtimeDir != null && Files.exists(Path.of(runtimeDir, "docker.sock")));
    }

    private static boolean askTestcontainers() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) { // e.g. a broken docker-java setup: fall back to the embedded services
            return false;
        }
    }
}
