package dev.gantry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    @Test
    void tokensAreSignedWithThePublishedKeyAndShapedLikeKeycloaks() throws Exception {
        String token = TestTokens.user("alice").roles("project-manager", "member").token();

        // Verify with the key exactly as GantryTestResources hands it to quarkus-oidc.
        PublicKey published = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(TestTokens.publicKeyBase64())));
        JwtClaims claims = verifier(published).processToClaims(token);

        assertEquals(TestTokens.ISSUER, claims.getIssuer());
        assertEquals(TestTokens.subjectOf("alice").toString(), claims.getSubject());
        assertEquals(TestTokens.subjectOf("alice"), TestTokens.subjectOf("alice"));
        assertEquals("alice", claims.getStringClaimValue("preferred_username"));
        assertEquals("alice", claims.getStringClaimValue("name"));
        assertEquals("alice@gantry.test", claims.getStringClaimValue("email"));
        assertEquals("gantry-cli", claims.getStringClaimValue("azp"));
        assertEquals("Bearer", claims.getStringClaimValue("typ"));
        assertTrue(claims.getJwtId() != null && !claims.getJwtId().isBlank());
        assertEquals(3600, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> realmAccess = (Map<String, Object>) claims.getClaimValue("realm_access");
        assertEquals(List.of("project-manager", "member"), realmAccess.get("roles"));

        assertTrue(TestTokens.bearer("bob", "viewer").startsWith("Bearer ey"));
    }

    @Test
    void negativeTokensAreRejected() {
        JwtConsumer verifier = verifier(TestTokens.publicKey());
        InvalidJwtException expired = assertThrows(InvalidJwtException.class,
                () -> verifier.processToClaims(TestTokens.user("alice").expired().token()));
        assertTrue(expired.hasExpired(), expired.getMessage());

        assertThrows(InvalidJwtException.class,
                () -> verifier.processToClaims(TestTokens.user("alice").signedWithUntrustedKey().token()));
        assertThrows(InvalidJwtException.class,
                () -> verifier.processToClaims(TestTokens.user("alice").issuer("https://evil.test").token()));
    }

    private static JwtConsumer verifier(PublicKey key) {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer(TestTokens.ISSUER)
                .setRequireExpirationTime()
                .setRequireSubject()
                .setSkipDefaultAudienceValidation()
                .build();
    }
}
