package ch.so.integration.platform.security;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import ch.so.integration.platform.auth.AccessTokenVerifier;
import ch.so.integration.platform.config.PlatformConfig;

import java.time.Duration;
import java.util.Optional;

/** One verifier per service, configured from {@code suite.auth.*}; the issuer's keys are fetched at start. */
public class TokenVerification {

    void prefetch(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event, AccessTokenVerifier verifier) {
        Thread.ofVirtual().name("jwks-prefetch").start(verifier::prefetchKeys);
    }

    @Produces
    @Singleton
    AccessTokenVerifier verifier(PlatformConfig config) {
        PlatformConfig.Auth auth = config.auth();
        return new AccessTokenVerifier(new AccessTokenVerifier.Settings(auth.issuer(), auth.jwksUrl(),
                Optional.of(auth.audience()), auth.clockSkew(), Duration.ofMinutes(10)));
    }
}
