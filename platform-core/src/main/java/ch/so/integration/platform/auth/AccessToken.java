package ch.so.integration.platform.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A verified bearer token: who (subject), in which roles, for which institution (partners), until when.
 * Holds no personal data beyond the account name the issuer put in {@code preferred_username}.
 */
public record AccessToken(String subject, String username, Set<String> roles, Optional<String> institution,
                          Instant expiresAt) {

    public AccessToken {
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(Iterable<String> wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The name used in audit records: the account name when the issuer gives one, else the subject. */
    public String actorName() {
        return username == null || username.isBlank() ? subject : username;
    }
}
