package ch.so.integration.gateway;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import ch.so.integration.platform.auth.AccessTokenVerifier;
import ch.so.integration.platform.logging.JsonLogFormatter;
import ch.so.integration.platform.metrics.PrometheusRegistries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;

/** Token verification, Prometheus metrics at /q/metrics, JSON logs when configured. */
public class Infrastructure {

    @Produces
    @Singleton
    AccessTokenVerifier verifier(GatewayConfig config) {
        GatewayConfig.Auth auth = config.auth();
        return new AccessTokenVerifier(new AccessTokenVerifier.Settings(auth.issuer(), auth.jwksUrl(), java.util.Optional.of(auth.audience()),
                java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(10)));
    }

    @Produces
    @Singleton
    @jakarta.enterprise.inject.Typed(PrometheusMeterRegistry.class)
    PrometheusMeterRegistry prometheus() {
        return PrometheusRegistries.create("gateway");
    }

    @Produces
    @Singleton
    MeterRegistry meterRegistry(PrometheusMeterRegistry registry) {
        return registry;
    }

    void metricsRoute(@Observes Router router, PrometheusMeterRegistry registry) {
        router.get("/q/metrics").handler(ctx -> ctx.response()
                .putHeader("Content-Type", PrometheusRegistries.CONTENT_TYPE).end(registry.scrape()));
    }

    void prefetchKeys(@Observes StartupEvent event, AccessTokenVerifier verifier) {
        Thread.ofVirtual().name("jwks-prefetch").start(verifier::prefetchKeys);
    }

    void jsonLogs(@Observes StartupEvent event, GatewayConfig config) {
        if (config.logJson()) {
            JsonLogFormatter.install("gateway");
        }
    }
}
