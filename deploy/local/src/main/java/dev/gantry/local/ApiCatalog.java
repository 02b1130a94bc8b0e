package dev.gantry.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations the running services offer, read from their OpenAPI documents ({@code /q/openapi}). The demo seed
 * and the end-to-end test use it to do only what the services support today, and more as they grow.
 */
public final class ApiCatalog {

    private final Set<String> operations = new HashSet<>();

    private ApiCatalog() {
    }

    public static ApiCatalog load(StackConfig config) {
        ApiCatalog catalog = new ApiCatalog();
        for (StackConfig.Service s : StackConfig.Service.values()) {
            try {
                Http.Response r = Http.get(config.serviceUrl(s) + "/q/openapi?format=json", null);
                if (r.status() != 200) {
                    continue;
                }
                JsonNode paths = r.json().path("paths");
                for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
                        catalog.operations.add(key(m.next(), p.getKey()));
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // service not up: it offers nothing
            }
        }
        return catalog;
    }

    /** Whether e.g. {@code supports("PUT", "/api/projects/{projectId}/members/{userId}")}; parameter names are ignored. */
    public boolean supports(String method, String pathTemplate) {
        return operations.contains(key(method, pathTemplate));
    }

    public Set<String> operations() {
        return Set.copyOf(operations);
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]*}", "{}");
    }
}
