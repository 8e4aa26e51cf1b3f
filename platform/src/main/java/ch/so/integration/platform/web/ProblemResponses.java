package ch.so.integration.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ch.so.integration.platform.problem.Problem;

/** Builds {@code application/problem+json} responses with the request path and correlation id filled in. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem, UriInfo uriInfo) {
        Problem complete = problem.withCorrelationId(CorrelationFilter.current());
        if (complete.instance() == null && uriInfo != null) {
            complete = complete.withInstance(uriInfo.getRequestUri().getRawPath());
        }
        return Response.status(complete.status()).type(Problem.MEDIA_TYPE).entity(complete).build();
    }
}
