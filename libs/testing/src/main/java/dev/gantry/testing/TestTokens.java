package dev.gantry.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.gantry.testing.internal.Keys;
import dev.gantry.testing.internal.SharedServices;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed access tokens shaped like Keycloak's, for tests.
 *
 * <pre>{@code
 * String token = TestTokens.user("alice").roles("project-manager").token();
 * given().auth().oauth2(token)...
 * given().header("Authorization", TestTokens.bearer("bob", "viewer"))...
 * }</pre>
 *
 * <p>Tokens are RS256-signed with a 2048-bit RSA key generated once per JVM; {@link GantryTestResources}
 * gives its public key to quarkus-oidc, so the application verifies the tokens for real.
 */
public final class TestTokens {

    /** Issuer of all test tokens; {@link GantryTestResources} configures quarkus-oidc to expect it. */
    public static final String ISSUER = "https://auth.gantry.test/realms/gantry";
    /** Authorised party ({@code azp}) of test tokens: the command-line client. */
    public static final String CLIENT_ID = "gantry-cli";
    /** Key id written in the JWS header. */
    public static final String KEY_ID = "gantry-test-key";

    private static final Duration DEFAULT_LIFESPAN = Duration.ofHours(1);

    private TestTokens() {
    }

    /** Starts a token for the given user name ({@code preferred_username}). */
    public static Builder user(String username) {
        return new Builder(username);
    }

    /** Shortcut: {@code "Bearer " + user(username).roles(roles).token()}. */
    public static String bearer(String username, String... roles) {
        return user(username).roles(roles).bearer();
    }

    /** A RestAssured request carrying a valid token of the user with the given realm roles. */
    public static io.restassured.specification.RequestSpecification as(String username, String... roles) {
        return io.restassured.RestAssured.given().header("Authorization", bearer(username, roles));
    }

    /** The stable subject ({@code sub}) of a user name: a name-based UUID, the same in every run. */
    public static UUID subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("gantry-test-user:" + username).getBytes(StandardCharsets.UTF_8));
    }

    /** The trusted public key. */
    public static PublicKey publicKey() {
        return trustedKeyPair().getPublic();
    }

    /** The trusted public key as quarkus-oidc's {@code public-key} expects it: base64 of its X.509 encoding. */
    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey().getEncoded());
    }

    private static KeyPair trustedKeyPair() {
        return SharedServices.signingKey();
    }

    /** Builder for one token; every setter returns the builder. */
    public static final class Builder {

        private final String username;
        private final List<String> roles = new ArrayList<>();
        private final Map<String, Object> extraClaims = new LinkedHashMap<>();
        private String name;
        private String email;
        private String issuer = ISSUER;
        private Instant issuedAt;
        private Duration lifespan = DEFAULT_LIFESPAN;
        private List<String> audience = List.of();
        private PrivateKey signingKey;

        private Builder(String username) {
            this.username = Objects.requireNonNull(username, "username");
        }

        /** Realm roles, written to {@code realm_access.roles}. */
        public Builder roles(String... roles) {
            this.roles.addAll(List.of(roles));
            return this;
        }

        /** Display name ({@code name}); defaults to the user name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** E-mail; defaults to {@code <username>@gantry.test}. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Another issuer, e.g. to check that foreign issuers are rejected. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Audience ({@code aud}); absent by default. */
        public Builder audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        /** Any further claim; overrides the standard ones of the same name. */
        public Builder claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        /** Lifetime from now; one hour by default. */
        public Builder expiresIn(Duration lifespan) {
            this.lifespan = lifespan;
            return this;
        }

        /** A token that expired an hour ago (issued two hours ago). */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofHours(2));
            this.lifespan = Duration.ofHours(1);
            return this;
        }

        /** Signs with a freshly generated key that the application does not trust. */
        public Builder signedWithUntrustedKey() {
            this.signingKey = Keys.newRsaKeyPair().getPrivate();
            return this;
        }

        /** Signs with the given RSA private key instead of the trusted one. */
        public Builder signedWith(PrivateKey key) {
            this.signingKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** The compact serialised JWT. */
        public String token() {
            Instant iat = issuedAt != null ? issuedAt : Instant.now();
            JwtClaimsBuilder claims = Jwt.claims()
                    .issuer(issuer)
                    .subject(subjectOf(username).toString())
                    .preferredUserName(username)
                    .claim("name", name != null ? name : username)
                    .claim("email", email != null ? email : username + "@gantry.test")
                    .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                    .claim("azp", CLIENT_ID)
                    .claim("typ", "Bearer")
                    .claim("jti", UUID.randomUUID().toString())
                    .issuedAt(iat)
                    .expiresAt(iat.plus(lifespan));
            if (!audience.isEmpty()) {
                claims.audience(new java.util.LinkedHashSet<>(audience));
            }
            extraClaims.forEach(claims::claim);
            PrivateKey key = signingKey != null ? signingKey : trustedKeyPair().getPrivate();
            return claims.jws().keyId(KEY_ID).sign(key);
        }

        /** {@code "Bearer " + token()}, for an {@code Authorization} header. */
        public String bearer() {
            return "Bearer " + token();
        }
    }
}
