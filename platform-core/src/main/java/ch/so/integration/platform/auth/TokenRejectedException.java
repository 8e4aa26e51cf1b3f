package ch.so.integration.platform.auth;

/** A bearer token that is missing, malformed, wrongly signed, expired, for another audience or from a foreign issuer. */
public class TokenRejectedException extends Exception {

    private final boolean issuerUnavailable;

    public TokenRejectedException(String reason) {
        this(reason, null, false);
    }

    public TokenRejectedException(String reason, Throwable cause) {
        this(reason, cause, false);
    }

    private TokenRejectedException(String reason, Throwable cause, boolean issuerUnavailable) {
        super(reason, cause);
        this.issuerUnavailable = issuerUnavailable;
    }

    /** The token could not be checked because the issuer's keys cannot be fetched: not the caller's fault (503). */
    public static TokenRejectedException issuerUnavailable(Throwable cause) {
        return new TokenRejectedException("The token issuer cannot be reached to check the token. Retry in a moment.",
                cause, true);
    }

    public boolean issuerUnavailable() {
        return issuerUnavailable;
    }
}
