package ch.so.integration.platform.observability;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every REST request by method, operation ({@code Resource.method}, never the concrete path: ids are not
 * labels) and status.
 */
@Provider
public class HttpMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String START = HttpMetricsFilter.class.getName() + ".start";

    /** Lazy: providers are built at static init, before runtime configuration exists. */
    @Inject
    jakarta.inject.Provider<MeterRegistry> registry;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(START) instanceof Long started)) {
            return;
        }
        Timer.builder("http.server.requests")
                .tag("method", request.getMethod())
                .tag("operation", operation())
                .tag("status", String.valueOf(response.getStatus()))
                .register(registry.get())
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private String operation() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return "unmatched";
        }
        return resourceInfo.getResourceClass().getSimpleName() + "." + resourceInfo.getResourceMethod().getName();
    }
}
