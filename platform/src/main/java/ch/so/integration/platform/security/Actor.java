package ch.so.integration.platform.security;

import java.util.Optional;
import java.util.Set;

import ch.so.integration.platform.auth.AccessToken;

/** Who acts: a person with a token (name, roles, institution for partners) or the system itself. */
public record Actor(String name, Set<String> roles, Optional<String> institution, boolean system) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(AccessToken token) {
        return new Actor(token.actorName(), token.roles(), token.institution(), false);
    }

    /** A system actor, e.g. {@code event-consumer:day-center.placements}. */
    public static Actor system(String name) {
        return new Actor("system:" + name, Set.of(), Optional.empty(), true);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public String rolesAsText() {
        return String.join(",", roles.stream().sorted().toList());
    }
}
