package ch.so.integration.platform.events;

/**
 * An event that no retry will ever process: malformed, of an unknown shape, or contradicting the consumer's state.
 * The consumer dead-letters it with this message as the reason and carries on. The message must not contain
 * personal data.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String reason) {
        super(reason);
    }

    public UnprocessableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
