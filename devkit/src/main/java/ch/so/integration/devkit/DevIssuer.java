package ch.so.integration.devkit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import ch.so.integration.platform.auth.Roles;

/**
 * A small OIDC issuer for the local run and the tests: it publishes a discovery document and a JWKS, and signs
 * RS256 tokens for any role of the suite (with an institution id for partners). Services verify its tokens exactly
 * as they verify Keycloak's. Never deploy it: anyone who reaches it gets any role.
 *
 * <pre>
 *   GET /.well-known/openid-configuration
 *   GET /jwks
 *   GET /token?role=caseworker[&amp;role=...][&amp;sub=...][&amp;institution=RAV-SO][&amp;ttl=3600]
 * </pre>
 */
public final class DevIssuer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to put into a token. */
    public record TokenSpec(String subject, List<String> roles, Optional<String> institution, Duration ttl,
                            String audience) {

        /** The audience the suite's services and gateway expect. */
        public static final String SUITE_AUDIENCE = "integration-suite";

        public static TokenSpec forRoles(String... roles) {
            return new TokenSpec("dev-" + String.join("-", roles), List.of(roles), Optional.empty(), Duration.ofHours(8),
                    SUITE_AUDIENCE);
        }

        public TokenSpec withInstitution(String institutionId) {
            return new TokenSpec(subject, roles, Optional.of(institutionId), ttl, audience);
        }

        public TokenSpec withSubject(String sub) {
            return new TokenSpec(sub, roles, institution, ttl, audience);
        }

        public TokenSpec withTtl(Duration validity) {
            return new TokenSpec(subject, roles, institution, validity, audience);
        }

        public TokenSpec withAudience(String aud) {
            return new TokenSpec(subject, roles, institution, ttl, aud);
        }
    }

    private final HttpServer server;
    private final RsaJsonWebKey key;
    private final String issuer;

    private DevIssuer(HttpServer server, RsaJsonWebKey key, String issuer) {
        this.server = server;
        this.key = key;
        this.issuer = issuer;
    }

    /** Starts on 127.0.0.1 at the given port (0 picks a free one) with a fresh RSA key. */
    public static DevIssuer start(int port) throws IOException {
        return start("127.0.0.1", port);
    }

    public static DevIssuer start(String host, int port) throws IOException {
        RsaJsonWebKey key;
        try {
            key = RsaJwkGenerator.generateJwk(2048);
        } catch (JoseException e) {
            throw new IOException("cannot generate signing key", e);
        }
        key.setKeyId(UUID.randomUUID().toString());
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        key.setUse("sig");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        String issuer = "http://" + host + ":" + server.getAddress().getPort() + "/realms/integration";
        DevIssuer devIssuer = new DevIssuer(server, key, issuer);
        server.createContext("/", devIssuer::handle);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> Thread.ofPlatform().daemon().name("dev-issuer").unstarted(r)));
        server.start();
        return devIssuer;
    }

    public String issuer() {
        return issuer;
    }

    public String jwksUrl() {
        return issuer + "/protocol/openid-connect/certs";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String token(TokenSpec spec) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(spec.audience());
        claims.setClaim("typ", "Bearer");
        claims.setSubject(spec.subject());
        claims.setClaim("preferred_username", spec.subject());
        claims.setStringListClaim("groups", spec.roles());
        spec.institution().ifPresent(i -> claims.setClaim(Roles.INSTITUTION_CLAIM, i));
        Instant now = Instant.now();
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(spec.ttl()).getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    public String token(String... roles) {
        return token(TokenSpec.forRoles(roles));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "GET only");
            } else if (path.endsWith("/.well-known/openid-configuration")) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("issuer", issuer);
                doc.put("jwks_uri", jwksUrl());
                doc.put("token_endpoint", issuer + "/token");
                doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
                send(exchange, 200, "application/json", JSON.writeValueAsString(doc));
            } else if (path.endsWith("/protocol/openid-connect/certs")) {
                send(exchange, 200, "application/json", new JsonWebKeySet(key).toJson());
            } else if (path.endsWith("/token")) {
                issue(exchange);
            } else {
                send(exchange, 404, "text/plain", "unknown path");
            }
        }
    }

    private void issue(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
        List<String> roles = query.getOrDefault("role", List.of());
        List<String> unknown = roles.stream().filter(r -> !Roles.ALL.contains(r)).toList();
        if (roles.isEmpty() || !unknown.isEmpty()) {
            send(exchange, 400, "text/plain", "give role=<one of " + String.join(", ", Roles.ALL) + ">"
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)) + "\n");
            return;
        }
        TokenSpec spec = TokenSpec.forRoles(roles.toArray(String[]::new));
        if (query.containsKey("sub")) {
            spec = spec.withSubject(query.get("sub").getFirst());
        }
        if (query.containsKey("institution")) {
            spec = spec.withInstitution(query.get("institution").getFirst());
        } else if (roles.contains(Roles.PARTNER)) {
            send(exchange, 400, "text/plain", "a partner token needs institution=<institution id>\n");
            return;
        }
        if (query.containsKey("ttl")) {
            spec = spec.withTtl(Duration.ofSeconds(Long.parseLong(query.get("ttl").getFirst())));
        }
        send(exchange, 200, "text/plain", token(spec) + "\n");
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
