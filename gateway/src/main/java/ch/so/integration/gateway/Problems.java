package ch.so.integration.gateway;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.so.integration.platform.correlation.CorrelationId;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own RFC 9457 answers, in the same shape as the services'. */
final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    static void send(RoutingContext ctx, ProblemType type, String detail, Map<String, String> headers) {
        Problem problem = Problem.of(type, detail).withInstance(ctx.request().path())
                .withCorrelationId(ctx.get(CorrelationId.MDC_KEY));
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + type.status() + "}";
        }
        if (ctx.response().ended()) {
            return;
        }
        var response = ctx.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        Object correlation = ctx.get(CorrelationId.MDC_KEY);
        if (correlation != null) {
            response.putHeader(CorrelationId.HEADER, correlation.toString());
        }
        headers.forEach(response::putHeader);
        response.end(body);
    }

    static void send(RoutingContext ctx, ProblemType type, String detail) {
        send(ctx, type, detail, Map.of());
    }
}
