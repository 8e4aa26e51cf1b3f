package ch.so.integration.platform.security;

import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;

/**
 * The actor of the current unit of work: the token holder of an HTTP request, or the system actor a background
 * task (an event consumer) runs as. Audit records name it.
 */
@ApplicationScoped
public class Actors {

    private static final ThreadLocal<Actor> SYSTEM = new ThreadLocal<>();

    private final RequestActor requestActor;

    Actors(RequestActor requestActor) {
        this.requestActor = requestActor;
    }

    public Actor current() {
        Actor system = SYSTEM.get();
        if (system != null) {
            return system;
        }
        if (Arc.container().requestContext().isActive() && requestActor.token() != null) {
            return Actor.of(requestActor.token());
        }
        throw new IllegalStateException("no actor: neither an authenticated request nor a system task");
    }

    /** Runs work as a system actor on this thread. */
    public static <T> T runAs(Actor actor, Callable<T> work) throws Exception {
        Actor previous = SYSTEM.get();
        SYSTEM.set(actor);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(previous);
            }
        }
    }
}
