package ch.so.integration.gateway;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import ch.so.integration.platform.auth.AccessTokenVerifier;
import ch.so.integration.platform.logging.JsonLogFormatter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;

/** Token verification, Prometheus metrics at /q/metrics, JSON logs when configured. */
public class Infrastructure {

    @Produces
    @Singleton
    AccessTokenVerifier verifier(GatewayConfig config) {
        GatewayConfig.Auth auth = config.auth();
        return new AccessTokenVerifier(new AccessTokenVerifier.Settings(auth.issuer(), auth.jwksUrl(), auth.audience(),
                java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(10)));
    }

    @Produces
    @Singleton
    @jakarta.enterprise.inject.Typed(PrometheusMeterRegistry.class)
    PrometheusMeterRegistry prometheus() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("service", "gateway");
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }

    @Produces
    @Singleton
    MeterRegistry meterRegistry(PrometheusMeterRegistry registry) {
        return registry;
    }

    void metricsRoute(@Observes Router router, PrometheusMeterRegistry registry) {
        router.get("/q/metrics").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape()));
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
