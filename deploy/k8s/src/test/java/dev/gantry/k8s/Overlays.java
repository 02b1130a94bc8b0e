package dev.gantry.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The overlays, rendered once per test JVM, and the tools found on this machine. */
final class Overlays {

    static final Path K8S = Path.of(System.getProperty("gantry.k8s.dir", ".")).toAbsolutePath().normalize();
    static final Path ROOT = K8S.resolve("../..").normalize();
    static final List<String> NAMES = List.of("dev", "prod");

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static Stream<String> names() {
        return NAMES.stream();
    }

    static Path dir(String overlay) {
        return K8S.resolve("overlays").resolve(overlay);
    }

    /** The overlay's objects: kubectl's rendering where kubectl is installed, otherwise the Java renderer's. */
    static List<ObjectNode> objects(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> hasKubectl() ? kubectl(o) : Kustomize.render(dir(o)));
    }

    static List<ObjectNode> kubectl(String overlay) {
        String yaml = run(List.of("kubectl", "kustomize", dir(overlay).toString()), null, 120);
        return Kustomize.parseAll(yaml, "kubectl kustomize " + overlay).stream().map(ObjectNode.class::cast).toList();
    }

    static boolean hasKubectl() {
        return works(List.of("kubectl", "version", "--client"));
    }

    static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command, feeding it {@code input}, and returns its standard output; fails on a non-zero exit. */
    static String run(List<String> command, String input, int timeoutSeconds) {
        return run(command, input, timeoutSeconds, null);
    }

    static String run(List<String> command, String input, int timeoutSeconds, Path workDir) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            if (workDir != null) {
                builder.directory(workDir.toFile());
            }
            Process p = builder.start();
            if (input != null) {
                p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + p.exitValue() + ": "
                        + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + o.path("metadata").path("name").asText();
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static ObjectNode one(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())
                        && name.equals(o.path("metadata").path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    static boolean has(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().anyMatch(o -> kind.equals(o.path("kind").asText())
                && name.equals(o.path("metadata").path("name").asText()));
    }
}
