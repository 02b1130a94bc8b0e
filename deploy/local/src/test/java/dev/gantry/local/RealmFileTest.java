package dev.gantry.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm file holds what the launcher, the demo seed and the frontends rely on. */
class RealmFileTest {

    private static JsonNode realm() throws IOException {
        try (InputStream in = RealmFileTest.class.getResourceAsStream(Keycloak.REALM_RESOURCE)) {
            assertThat(in).as("realm file on the class path").isNotNull();
            return Http.JSON.readTree(in);
        }
    }

    @Test
    void hasTheRealmRolesOfTheDesign() throws IOException {
        List<String> roles = new ArrayList<>();
        realm().path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).containsExactlyInAnyOrder("admin", "pmo", "project-manager", "resource-manager",
                "risk-manager", "member", "viewer");
    }

    @Test
    void everyDemoUserHasItsPasswordAndRole() throws IOException {
        JsonNode realm = realm();
        for (Map.Entry<String, String> demo : StackConfig.DEMO_USERS.entrySet()) {
            JsonNode user = null;
            for (JsonNode u : realm.path("users")) {
                if (demo.getKey().equals(u.path("username").asText())) {
                    user = u;
                }
            }
            assertThat(user).as("user " + demo.getKey()).isNotNull();
            assertThat(user.path("credentials").get(0).path("value").asText()).isEqualTo(demo.getKey());
            assertThat(user.path("realmRoles").toString()).contains("\"" + demo.getValue() + "\"");
            assertThat(user.path("email").asText()).as("complete profile, or Keycloak refuses the login").isNotBlank();
        }
    }

    @Test
    void hasTheCliTheUiAndTheIntegrationClients() throws IOException {
        JsonNode cli = client("gantry-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();

        JsonNode ui = client("gantry-ui");
        assertThat(ui.path("publicClient").asBoolean()).isTrue();
        assertThat(ui.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(ui.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(ui.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(ui.path("redirectUris").toString()).contains("http://localhost:5173/*");
        assertThat(ui.path("webOrigins").toString()).contains("http://localhost:5173");

        JsonNode integration = client("gantry-integration");
        assertThat(integration.path("publicClient").asBoolean()).isFalse();
        assertThat(integration.path("serviceAccountsEnabled").asBoolean()).isTrue();
    }

    private static JsonNode client(String clientId) throws IOException {
        for (JsonNode c : realm().path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
