package ch.so.integration.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.MDC;

import ch.so.integration.platform.correlation.CorrelationId;

/**
 * Takes the caller's {@code X-Correlation-Id} (the gateway sets one) or makes one, puts it in the logging MDC for
 * the request, into every event the request causes (via the outbox), and echoes it in the response.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CorrelationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String PROPERTY = CorrelationId.MDC_KEY;

    @Override
    public void filter(ContainerRequestContext request) {
        String id = CorrelationId.acceptOrCreate(request.getHeaderString(CorrelationId.HEADER));
        request.setProperty(PROPERTY, id);
        MDC.put(CorrelationId.MDC_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(CorrelationId.HEADER, id);
        }
    }

    /** The current request's correlation id (also usable from exception mappers). */
    public static String current() {
        Object id = MDC.get(CorrelationId.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
