package dev.gantry.testing.contract;

import dev.gantry.testing.OpenApiSecurityCheck;
import dev.gantry.testing.ResourceMethods;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must do for anonymous callers, checked against its running application: its OpenAPI document
 * lists exactly its JAX-RS resource methods (its own and the platform's, found in the class files), and each one but
 * those the service lists as public answers a request without a token with 401 problem+json. A service's test
 * extends this class (annotated {@code @QuarkusTest}) and names its package, its root and its public operations.
 */
public abstract class ServiceSecurityContract {

    /** Where libs/platform's code lives; its resources are served by every service. */
    private static final String PLATFORM_PACKAGE = "dev.gantry.platform";
    /**
     * Where libs/platform declares its resources ({@code ServiceRoot.PLATFORM}); a service serves them under its own
     * root.
     */
    private static final String PLATFORM_PATH = "/platform";

    /** The service's package, e.g. {@code dev.gantry.risk}. */
    protected abstract String servicePackage();

    /** The service's root ({@code gantry.api-root}), e.g. {@code /api/risks}. */
    protected abstract String apiRoot();

    /** The operations anyone may call without a token, as {@code "METHOD /path"}; none unless a service says so. */
    protected Set<String> publicOperations() {
        return Set.of();
    }

    @Test
    void everyResourceMethodIsDocumentedAndAllButThePublicOnesRejectAnonymousCalls() {
        Set<String> resourceMethods = ResourceMethods.in(servicePackage(), PLATFORM_PACKAGE)
                .servedUnder(PLATFORM_PATH, apiRoot());
        assertThat(resourceMethods).as("resource methods under %s", apiRoot())
                .allMatch(operation -> {
                    String path = operation.substring(operation.indexOf(' ') + 1);
                    return path.equals(apiRoot()) || path.startsWith(apiRoot() + "/");
                });

        List<String> called = OpenApiSecurityCheck.assertEveryOperationNeedsATokenExcept(resourceMethods,
                publicOperations());

        Set<String> secured = new TreeSet<>(resourceMethods);
        secured.removeAll(publicOperations());
        assertThat(called).as("operations called without a token").containsExactlyElementsOf(secured);
    }
}
