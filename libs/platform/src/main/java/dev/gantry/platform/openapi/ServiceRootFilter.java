package dev.gantry.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows platform operations that every service offers under its own root ({@code /{root}/admin/...}) at this
 * service's root, e.g. {@code /api/projects/admin/outbox/parked}: a client sees the paths it can call, and the
 * security checks that walk the document call them.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServiceRootFilter implements OASFilter {

    static final String ROOT_TEMPLATE = "/{root}/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String root = ConfigProvider.getConfig().getValue("gantry.api-root", String.class);
        Map<String, PathItem> items = new LinkedHashMap<>(openAPI.getPaths().getPathItems());
        items.forEach((path, item) -> {
            if (!path.startsWith(ROOT_TEMPLATE)) {
                return;
            }
            openAPI.getPaths().removePathItem(path);
            withoutRootParameter(item.getParameters()).ifPresent(item::setParameters);
            for (Operation operation : item.getOperations().values()) {
                withoutRootParameter(operation.getParameters()).ifPresent(operation::setParameters);
            }
            openAPI.getPaths().addPathItem(root + path.substring(ROOT_TEMPLATE.length() - 1), item);
        });
    }

    private static java.util.Optional<List<Parameter>> withoutRootParameter(List<Parameter> parameters) {
        if (parameters == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parameters.stream()
                .filter(p -> !("root".equals(p.getName()) && p.getIn() == Parameter.In.PATH)).toList());
    }
}
