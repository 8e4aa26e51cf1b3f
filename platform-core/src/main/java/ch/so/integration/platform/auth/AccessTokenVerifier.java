package ch.so.integration.platform.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Verifies bearer JWTs from the configured OIDC issuer: signature against the issuer's JWKS (fetched over HTTP
 * and cached; an unknown key id triggers one refresh, so key rotation works), issuer, expiry (with a small clock
 * skew), optional audience, and an asymmetric algorithm. Thread-safe; build one per process.
 */
public final class AccessTokenVerifier {

    /** Where to find the issuer's keys and which issuer and audience to expect. */
    public record Settings(String issuer, String jwksUrl, Optional<String> audience, Duration clockSkew,
                           Duration jwksCacheDuration) {
        public Settings {
            if (issuer == null || issuer.isBlank()) {
                throw new IllegalArgumentException("issuer must be configured");
            }
            if (jwksUrl == null || jwksUrl.isBlank()) {
                throw new IllegalArgumentException("jwksUrl must be configured");
            }
        }

        public static Settings of(String issuer, String jwksUrl) {
            return new Settings(issuer, jwksUrl, Optional.empty(), Duration.ofSeconds(30), Duration.ofMinutes(10));
        }
    }

    private final JwtConsumer consumer;
    private final HttpsJwks jwks;

    public AccessTokenVerifier(Settings settings) {
        HttpsJwks jwks = new HttpsJwks(settings.jwksUrl());
        this.jwks = jwks;
        jwks.setDefaultCacheDuration(settings.jwksCacheDuration().toSeconds());
        jwks.setRetainCacheOnErrorDuration(settings.jwksCacheDuration().toSeconds());
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds((int) settings.clockSkew().toSeconds())
                .setExpectedIssuer(settings.issuer())
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        settings.audience().ifPresentOrElse(builder::setExpectedAudience, builder::setSkipDefaultAudienceValidation);
        this.consumer = builder.build();
    }

    /**
     * Fetches the issuer's keys now rather than on the first request. Returns false when the issuer is not
     * reachable yet (the first request will try again).
     */
    public boolean prefetchKeys() {
        try {
            jwks.refresh();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * @param authorizationHeader the raw {@code Authorization} header value, may be null
     * @return the verified token
     * @throws TokenRejectedException with a reason fit for a 401 response (never the token itself)
     */
    public AccessToken verifyAuthorizationHeader(String authorizationHeader) throws TokenRejectedException {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new TokenRejectedException("A bearer token is required.");
        }
        String[] parts = authorizationHeader.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw new TokenRejectedException("The Authorization header must be 'Bearer <token>'.");
        }
        return verify(parts[1]);
    }

    public AccessToken verify(String jwt) throws TokenRejectedException {
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(jwt);
        } catch (InvalidJwtException e) {
            if (keysUnreachable(e)) {
                throw TokenRejectedException.issuerUnavailable(e);
            }
            throw new TokenRejectedException(reasonOf(e), e);
        }
        try {
            // Keycloak marks access tokens typ=Bearer; an ID or refresh token is not a credential for an API
            String type = claims.getClaimValueAsString("typ");
            if (type != null && !type.equalsIgnoreCase("Bearer")) {
                throw new TokenRejectedException("Only access tokens are accepted.");
            }
            Optional<String> institution = Optional.ofNullable(claims.getClaimValueAsString(Roles.INSTITUTION_CLAIM))
                    .filter(s -> !s.isBlank());
            return new AccessToken(claims.getSubject(), claims.getStringClaimValue("preferred_username"),
                    rolesOf(claims), institution, Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
        } catch (MalformedClaimException e) {
            throw new TokenRejectedException("The token has a malformed claim.", e);
        }
    }

    /** jose4j reports an unreachable JWKS as an unresolvable key caused by an I/O failure. */
    private static boolean keysUnreachable(InvalidJwtException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private static String reasonOf(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "The token has expired.";
        }
        if (e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.ISSUER_INVALID)) {
            return "The token was issued by an issuer this suite does not trust.";
        }
        if (e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.SIGNATURE_INVALID)
                || e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.SIGNATURE_MISSING)) {
            return "The token signature is not valid.";
        }
        if (e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.AUDIENCE_INVALID)
                || e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.AUDIENCE_MISSING)) {
            return "The token is not meant for this suite (audience).";
        }
        return "The token is not valid.";
    }

    @SuppressWarnings("unchecked")
    static Set<String> rolesOf(JwtClaims claims) throws MalformedClaimException {
        Set<String> roles = new LinkedHashSet<>();
        if (claims.hasClaim("groups")) {
            roles.addAll(claims.getStringListClaimValue("groups"));
        }
        Object realmAccess = claims.getClaimValue("realm_access");
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof List<?> list) {
            for (Object role : new ArrayList<>(list)) {
                if (role instanceof String s) {
                    roles.add(s);
                }
            }
        }
        return roles;
    }
}
