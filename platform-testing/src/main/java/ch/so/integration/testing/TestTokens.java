package ch.so.integration.testing;

import java.time.Duration;

import ch.so.integration.devkit.DevIssuer;

/** Bearer tokens for tests: from the issuer the service under test trusts, or from a foreign one. */
public final class TestTokens {

    private final DevIssuer trusted;
    private final DevIssuer foreign;

    TestTokens(DevIssuer trusted, DevIssuer foreign) {
        this.trusted = trusted;
        this.foreign = foreign;
    }

    /** {@code Bearer <jwt>} for the given roles. */
    public String bearer(String... roles) {
        return "Bearer " + trusted.token(roles);
    }

    public String bearerForPartner(String institution) {
        return "Bearer " + trusted.token(DevIssuer.TokenSpec.forRoles("partner").withInstitution(institution));
    }

    public String expired(String... roles) {
        return "Bearer " + trusted.token(DevIssuer.TokenSpec.forRoles(roles).withTtl(Duration.ofMinutes(-5)));
    }

    /** Signed by an issuer the service does not trust. */
    public String foreign(String... roles) {
        return "Bearer " + foreign.token(roles);
    }

    public DevIssuer issuer() {
        return trusted;
    }
}
