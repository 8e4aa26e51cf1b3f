package ch.so.integration.platform.security;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import ch.so.integration.platform.auth.AccessToken;
import ch.so.integration.platform.auth.AccessTokenVerifier;
import ch.so.integration.platform.auth.TokenRejectedException;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemResponses;

/**
 * Every REST endpoint needs a bearer JWT and one of the roles its {@code @RolesAllowed} names. An endpoint with no
 * role annotation (on the method or its class) is denied to everyone; {@code @PermitAll} must be explicit.
 * Missing, malformed, wrongly signed, expired or foreign tokens get 401; a valid token without the role gets 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    /** Lazy: providers are built at static init, before runtime configuration exists. */
    @Inject
    jakarta.inject.Provider<AccessTokenVerifier> verifier;

    @Inject
    RequestActor requestActor;

    /** What an endpoint admits. */
    record Access(boolean permitAll, List<String> roles) {
        static final Access DENY = new Access(false, List.of());
    }

    static Access accessOf(Method method, Class<?> resourceClass) {
        Access onMethod = accessOf(method.getAnnotation(PermitAll.class), method.getAnnotation(DenyAll.class),
                method.getAnnotation(RolesAllowed.class));
        if (onMethod != null) {
            return onMethod;
        }
        Access onClass = accessOf(resourceClass.getAnnotation(PermitAll.class),
                resourceClass.getAnnotation(DenyAll.class), resourceClass.getAnnotation(RolesAllowed.class));
        return onClass != null ? onClass : Access.DENY;
    }

    private static Access accessOf(PermitAll permitAll, DenyAll denyAll, RolesAllowed rolesAllowed) {
        if (denyAll != null) {
            return Access.DENY;
        }
        if (rolesAllowed != null) {
            return new Access(false, Arrays.asList(rolesAllowed.value()));
        }
        if (permitAll != null) {
            return new Access(true, List.of());
        }
        return null;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return; // no resource matched: the 404/405 problem follows
        }
        Access access = accessOf(method, resourceInfo.getResourceClass());
        if (access.permitAll()) {
            return;
        }
        AccessToken token;
        try {
            token = verifier.get().verifyAuthorizationHeader(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (TokenRejectedException e) {
            if (e.issuerUnavailable()) {
                request.abortWith(ProblemResponses.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage()),
                        request.getUriInfo()));
                return;
            }
            Response response = ProblemResponses.of(Problem.of(ProblemType.UNAUTHENTICATED, e.getMessage()),
                    request.getUriInfo());
            request.abortWith(Response.fromResponse(response)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build());
            return;
        }
        if (!token.hasAnyRole(access.roles())) {
            String detail = access.roles().isEmpty()
                    ? "This operation is not open to any role."
                    : "This operation needs one of the roles: " + String.join(", ", access.roles()) + ".";
            request.abortWith(ProblemResponses.of(Problem.of(ProblemType.FORBIDDEN, detail), request.getUriInfo()));
            return;
        }
        requestActor.set(token);
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return token::actorName;
            }

            @Override
            public boolean isUserInRole(String role) {
                return token.roles().contains(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }
}
