package ch.so.integration.platform.auth;

/** A bearer token that is missing, malformed, wrongly signed, expired or from a foreign issuer. */
public class TokenRejectedException extends Exception {

    public TokenRejectedException(String reason) {
        super(reason);
    }

    public TokenRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
