package dev.gantry.platform.openapi;

import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.http.ServiceRoot;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents the platform's own endpoints at the paths clients call, under this service's root
 * ({@code /api/projects/admin/outbox/parked}), instead of where they are declared ({@link ServiceRoot#PLATFORM}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServiceRootFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String root = GantryConfig.current().apiRoot();
        Map<String, PathItem> items = new LinkedHashMap<>(openAPI.getPaths().getPathItems());
        items.forEach((path, item) -> {
            if (path.startsWith(ServiceRoot.PLATFORM + "/")) {
                openAPI.getPaths().removePathItem(path);
                openAPI.getPaths().addPathItem(root + path.substring(ServiceRoot.PLATFORM.length()), item);
            }
        });
    }
}
