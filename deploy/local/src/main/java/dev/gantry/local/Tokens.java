package dev.gantry.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;

/** Access tokens from Keycloak with the password grant of the command-line client {@code gantry-cli}. */
public final class Tokens {

    private final String issuerUrl;

    public Tokens(String issuerUrl) {
        this.issuerUrl = issuerUrl;
    }

    /** An access token for a demo user (password = user name). */
    public String forDemoUser(String user) {
        return forUser(user, user);
    }

    public String forUser(String user, String password) {
        Http.Response r;
        try {
            r = Http.postForm(issuerUrl + "/protocol/openid-connect/token", Map.of(
                    "grant_type", "password",
                    "client_id", StackConfig.CLI_CLIENT,
                    "username", user,
                    "password", password,
                    "scope", "openid"));
        } catch (IOException e) {
            throw new StackException("Keycloak does not answer at " + issuerUrl
                    + " (" + e.getMessage() + "); is the stack running? ./gantry status");
        }
        if (r.status() != 200) {
            String reason = r.body();
            try {
                JsonNode j = r.json();
                reason = j.path("error").asText() + ": " + j.path("error_description").asText();
            } catch (IllegalStateException ignored) {
                // not JSON
            }
            throw new StackException("Keycloak refused a token for '" + user + "' (HTTP " + r.status() + ", "
                    + reason + "). Demo users: " + String.join(", ", StackConfig.DEMO_USERS.keySet())
                    + " (password = user name)");
        }
        return r.json().path("access_token").asText();
    }

    /** The claims of a JWT, unverified (for tests and diagnostics only). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }
}
