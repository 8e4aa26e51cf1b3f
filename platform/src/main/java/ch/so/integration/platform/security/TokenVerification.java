package ch.so.integration.platform.security;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import ch.so.integration.platform.auth.AccessTokenVerifier;
import ch.so.integration.platform.config.PlatformConfig;

import java.time.Duration;

/** One verifier per service, configured from {@code suite.auth.*}. */
public class TokenVerification {

    @Produces
    @Singleton
    AccessTokenVerifier verifier(PlatformConfig config) {
        PlatformConfig.Auth auth = config.auth();
        return new AccessTokenVerifier(new AccessTokenVerifier.Settings(auth.issuer(), auth.jwksUrl(),
                auth.audience(), auth.clockSkew(), Duration.ofMinutes(10)));
    }
}
