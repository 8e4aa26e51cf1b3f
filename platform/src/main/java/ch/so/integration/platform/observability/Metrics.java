package ch.so.integration.platform.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import ch.so.integration.platform.config.PlatformConfig;
import ch.so.integration.platform.metrics.PrometheusRegistries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.Router;

/**
 * Prometheus metrics at {@code /q/metrics}: JVM, process, HTTP requests ({@link HttpMetricsFilter}), outbox and
 * consumers. Micrometer's registry directly (the Quarkus micrometer extension is not on our mirror for 3.33.1).
 */
@ApplicationScoped
public class Metrics {

    @Produces
    @Singleton
    @jakarta.enterprise.inject.Typed(PrometheusMeterRegistry.class)
    PrometheusMeterRegistry registry(PlatformConfig config) {
        return PrometheusRegistries.create(config.service());
    }

    @Produces
    @Singleton
    MeterRegistry meterRegistry(PrometheusMeterRegistry registry) {
        return registry;
    }

    void route(@Observes Router router, PrometheusMeterRegistry registry) {
        router.get("/q/metrics").handler(ctx -> ctx.response()
                .putHeader("Content-Type", PrometheusRegistries.CONTENT_TYPE)
                .end(registry.scrape()));
    }
}
