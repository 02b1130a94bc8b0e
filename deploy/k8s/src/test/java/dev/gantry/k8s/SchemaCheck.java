package dev.gantry.k8s;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Validates objects against the schemas that Kubernetes and the operators publish, through the npm packages of
 * kubernetes-models (validators generated from Kubernetes' OpenAPI document and from the operators' CRDs), pinned in
 * {@code schema-check/package-lock.json}. Needs node and npm; without them the check is skipped and says so.
 */
final class SchemaCheck {

    private static final Path SOURCE = Overlays.K8S.resolve("schema-check");
    private static final Path WORK = Overlays.K8S.resolve("target/schema-check");
    private static volatile boolean installed;

    private SchemaCheck() {
    }

    /** One line per object: {@code ok <kind>/<name>}, {@code invalid <kind>/<name>: <why>} or {@code unknown …}. */
    static List<String> validate(List<ObjectNode> objects) throws IOException {
        Assumptions.assumeTrue(Overlays.works(List.of("node", "--version"))
                        && Overlays.works(List.of("npm", "--version")),
                "node and npm are needed to validate against the published schemas; not found on this machine");
        install();
        String json = new ObjectMapper().writeValueAsString(objects);
        String out = Overlays.run(List.of("node", WORK.resolve("validate.mjs").toString()), json, 120, WORK);
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    private static synchronized void install() throws IOException {
        if (installed) {
            return;
        }
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "validate.mjs")) {
            Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(WORK.resolve("node_modules/kubernetes-models"))) {
            Overlays.run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), null, 600, WORK);
        }
        installed = true;
    }
}
