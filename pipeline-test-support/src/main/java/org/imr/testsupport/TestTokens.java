package org.imr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.imr.security.ApiSecurityProperties;
import org.imr.security.Roles;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Bearer tokens for service tests, signed by a key pair of this test JVM. A service under test verifies them as in
 * production (signature against the issuer's key set, issuer, expiry): {@link PipelineInfrastructureInitializer} gives
 * it this issuer and key set ({@link #resourceServerProperties()}) instead of an identity provider's.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test-issuer.imr.invalid";

    private static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    private static final String JWK_SET_PROPERTY = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    private static final KeyPair KEYS = generate();
    private static final JWKSet JWK_SET = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic())
            .privateKey((RSAPrivateKey) KEYS.getPrivate()).keyID("test").build());
    private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(JWK_SET));
    private static HttpServer jwkSetServer;

    private TestTokens() {
    }

    /** {@code Authorization} header value for a caller with these roles. */
    public static String bearer(String... roles) {
        return "Bearer " + token(List.of(roles), Map.of());
    }

    /** {@code Authorization} header value for the reviewer with this roster id (its subject: {@link #reviewerSubject}). */
    public static String reviewer(String reviewerId) {
        return "Bearer " + token(List.of(Roles.REVIEWER), Map.of(ApiSecurityProperties.DEFAULT_REVIEWER_ID_CLAIM, reviewerId,
                JwtClaimNames.SUB, reviewerSubject(reviewerId)));
    }

    /** The subject of the reviewer's token: who the PHI access log records. */
    public static String reviewerSubject(String reviewerId) {
        return "test-reviewer-" + reviewerId;
    }

    /** A token signed with this JVM's key, for these roles and further claims. */
    public static String token(List<String> roles, Map<String, Object> claims) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuer(ISSUER).subject("test-" + String.join("-", roles))
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1))).claim(ApiSecurityProperties.DEFAULT_ROLES_CLAIM, roles);
        claims.forEach(set::claim);
        return ENCODER.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build(),
                set.build())).getTokenValue();
    }

    /**
     * The settings that make a service trust these tokens: this issuer (checked on every token, never fetched) and
     * this JVM's key set, served on loopback as an identity provider serves its JWK set.
     */
    public static Map<String, String> resourceServerProperties() {
        return Map.of(ISSUER_PROPERTY, ISSUER, JWK_SET_PROPERTY, jwkSetUri());
    }

    /** The same settings as command-line arguments of a service started by hand: the issuer. */
    public static String issuerArgument() {
        return "--" + ISSUER_PROPERTY + "=" + ISSUER;
    }

    /** The same settings as command-line arguments of a service started by hand: the key set. */
    public static String jwkSetArgument() {
        return "--" + JWK_SET_PROPERTY + "=" + jwkSetUri();
    }

    private static synchronized String jwkSetUri() {
        if (jwkSetServer == null) {
            byte[] keySet = JWK_SET.toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
            try {
                jwkSetServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jwkSetServer.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keySet.length);
                try (var body = exchange.getResponseBody()) {
                    body.write(keySet);
                }
            });
            jwkSetServer.start();
        }
        return "http://127.0.0.1:" + jwkSetServer.getAddress().getPort() + "/jwks";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
