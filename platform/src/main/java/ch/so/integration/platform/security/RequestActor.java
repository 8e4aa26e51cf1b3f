package ch.so.integration.platform.security;

import jakarta.enterprise.context.RequestScoped;

import ch.so.integration.platform.auth.AccessToken;

/** The verified token of the current HTTP request, set by {@link BearerAuthFilter}. */
@RequestScoped
public class RequestActor {

    private AccessToken token;

    void set(AccessToken token) {
        this.token = token;
    }

    public AccessToken token() {
        return token;
    }
}
