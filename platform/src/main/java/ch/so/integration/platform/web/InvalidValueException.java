package ch.so.integration.platform.web;

/**
 * Thrown by a value type's constructor when a request carries a value it refuses. Its message is shown to the
 * caller as the field's error, so it must say what is wrong in the caller's terms (never a class name). Other
 * exceptions from constructors are answered with a generic message.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
