package dev.gantry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Finds the resource methods of the classes in dev.gantry.testing.resources and refuses what it cannot read. */
class ResourceMethodsTest {

    @Test
    void findsEveryResourceMethodOfConcreteResourcesInheritedOnesIncluded() {
        assertThat(ResourceMethods.in("dev.gantry.testing.resources").operations()).containsExactlyInAnyOrder(
                "GET /api/things/{thingId}/tasks",
                "POST /api/things/{thingId}/tasks",
                "GET /api/things/{thingId}/tasks/{taskNo}",
                "PATCH /api/things/{thingId}/tasks/{taskNo}",
                "DELETE /api/things/{thingId}/tasks/{taskNo}",
                "GET /api/things/{thingId}",
                "PUT /api/things/{thingId}/note",
                "GET /platform/admin/things");
    }

    @Test
    void pathsDeclaredUnderAPrefixAreServedUnderTheRoot() {
        assertThat(ResourceMethods.in("dev.gantry.testing.resources").servedUnder("/platform", "/api/things"))
                .contains("GET /api/things/admin/things")
                .noneMatch(operation -> operation.contains("/platform"))
                .hasSize(8);
    }

    @Test
    void aSubResourceLocatorOrAnEmptyPackageIsRefused() {
        assertThatThrownBy(() -> ResourceMethods.in("dev.gantry.testing.locators"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LocatingResource.sub()")
                .hasMessageContaining("sub-resource locator (/api/locating/sub)");
        assertThatThrownBy(() -> ResourceMethods.in("dev.gantry.testing.nothing"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("No classes found in dev.gantry.testing.nothing");
    }
}
