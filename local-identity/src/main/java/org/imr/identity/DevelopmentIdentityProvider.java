package org.imr.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.source.JWKSource;

import org.imr.security.ApiSecurityProperties;
import org.imr.security.Roles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity provider of local runs: Spring Authorization Server in this JVM on 127.0.0.1, with the development
 * clients and users of {@code development-identity.yml}. The services trust it by its issuer URI
 * ({@link #serviceProperties()}); tools and tests take tokens from it as any client does, by client credentials
 * ({@link #bearer(String)}); the browser pages log their users in at its login form ({@link #webLoginProperties()},
 * {@link #users()}).
 */
public final class DevelopmentIdentityProvider implements AutoCloseable {

    private static final String TOKEN_PATH = "/oauth2/token";
    /** The browser pages' client (development-identity.yml). */
    public static final String WEB_CLIENT_ID = "imr-web";
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final String issuerUri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private DevelopmentIdentityProvider(ConfigurableApplicationContext context, String issuerUri) {
        this.context = context;
        this.issuerUri = issuerUri;
    }

    /** Starts it on that port of 127.0.0.1 (0: a free one). */
    public static DevelopmentIdentityProvider start(int port) {
        int actualPort = port == 0 ? freePort() : port;
        String issuer = "http://127.0.0.1:" + actualPort;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                LocalIdentityApplication.class).properties("spring.config.name=" + LocalIdentityApplication.NAME)
                .run("--server.port=" + actualPort, "--server.address=127.0.0.1",
                        "--spring.security.oauth2.authorizationserver.issuer=" + issuer);
        return new DevelopmentIdentityProvider(context, issuer);
    }

    public String issuerUri() {
        return issuerUri;
    }

    public String tokenUri() {
        return issuerUri + TOKEN_PATH;
    }

    /** What a service needs to trust this provider's tokens: its issuer (whose keys it finds from there). */
    public Map<String, Object> serviceProperties() {
        return Map.of("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri);
    }

    /**
     * What a service with browser pages needs to log their users in here: the issuer and the pages' client
     * ({@value #WEB_CLIENT_ID}, authorization code with PKCE; pipeline-security's {@code WebLoginProperties}).
     */
    public Map<String, Object> webLoginProperties() {
        return Map.of("imr.security.web-login.issuer-uri", issuerUri,
                "imr.security.web-login.client-id", WEB_CLIENT_ID,
                "imr.security.web-login.client-secret", clientSecretOf(WEB_CLIENT_ID));
    }

    /** The development users of the pages' login, by name, in the order of their roles ({@link Roles#ALL}). */
    public List<Login> users() {
        return context.getBean(DevelopmentUsers.class).all().entrySet().stream()
                .map(user -> new Login(user.getKey(), user.getValue().password(), user.getValue().roles(),
                        user.getValue().reviewerId()))
                .sorted(java.util.Comparator.comparing((Login login) -> Roles.ALL.indexOf(login.roles().getFirst()))
                        .thenComparing(Login::username))
                .toList();
    }

    /**
     * The login of a reviewer of this roster id: the development user naming it, or one added now
     * ({@code reviewer-<id>}, password {@value DevelopmentUsers#ADDED_REVIEWER_PASSWORD}), for the tests and
     * demonstrations that act as whichever reviewer the assignment chose.
     */
    public Login reviewerLogin(String reviewerId) {
        DevelopmentUsers users = context.getBean(DevelopmentUsers.class);
        String username = users.reviewer(reviewerId);
        DevelopmentAccounts.Account account = users.account(username).orElseThrow();
        return new Login(username, account.password(), account.roles(), reviewerId);
    }

    /** The development client whose tokens carry this role alone, e.g. {@code imr-intake} for {@code intake}. */
    public String clientIdOf(String role) {
        return accounts().clients().entrySet().stream().filter(client -> client.getValue().roles().equals(List.of(role)))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No development client has the role " + role));
    }

    /** The development secret of a client (as in {@code development-identity.yml}). */
    public String clientSecretOf(String clientId) {
        return context.getBean(OAuth2AuthorizationServerProperties.class).getClient().values().stream()
                .map(OAuth2AuthorizationServerProperties.Client::getRegistration)
                .filter(registration -> clientId.equals(registration.getClientId())).findFirst()
                .map(registration -> registration.getClientSecret().replaceFirst("^\\{noop}", ""))
                .orElseThrow(() -> new IllegalArgumentException("No development client " + clientId));
    }

    /**
     * An {@code Authorization} header value for a caller of this role, from the role's development client by client
     * credentials; kept until a minute before it expires.
     */
    public String bearer(String role) {
        String clientId = clientIdOf(role);
        Token token = tokens.compute(clientId, (id, held) -> held != null && held.fresh() ? held : fetch(id));
        return "Bearer " + token.value();
    }

    /**
     * A reviewer's token for any roster id, signed with this provider's own key as its other tokens: for the tests and
     * demonstrations that act as whichever reviewer the assignment chose (the development accounts name one).
     */
    @SuppressWarnings("unchecked")
    public String reviewerBearer(String reviewerId) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuerUri).subject("reviewer-" + reviewerId)
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1)))
                .claim(ApiSecurityProperties.DEFAULT_ROLES_CLAIM, List.of(Roles.REVIEWER))
                .claim(ApiSecurityProperties.DEFAULT_REVIEWER_ID_CLAIM, reviewerId).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(context.getBean(JWKSource.class));
        return "Bearer " + encoder.encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    /** The {@code curl} command that fetches a token of this role. */
    public String curlForToken(String role) {
        String clientId = clientIdOf(role);
        return "curl -s -u " + clientId + ":" + clientSecretOf(clientId) + " -d grant_type=client_credentials "
                + tokenUri();
    }

    private Token fetch(String clientId) {
        String credentials = Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecretOf(clientId)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUri())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The identity provider refused a token to " + clientId + ": HTTP "
                        + response.statusCode());
            }
            JsonNode body = JSON.readTree(response.body());
            return new Token(body.get("access_token").asString(),
                    Instant.now().plusSeconds(body.get("expires_in").asLong()).minus(RENEW_BEFORE_EXPIRY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a token", e);
        }
    }

    private DevelopmentAccounts accounts() {
        return context.getBean(DevelopmentAccounts.class);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * A development user of the browser pages' login.
     *
     * @param reviewerId the reviewer's roster id, or null
     */
    public record Login(String username, String password, List<String> roles, String reviewerId) {
    }

    private record Token(String value, Instant renewAt) {

        boolean fresh() {
            return Instant.now().isBefore(renewAt);
        }
    }
}
