package ch.so.integration.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.auth.AccessToken;
import ch.so.integration.platform.auth.AccessTokenVerifier;
import ch.so.integration.platform.auth.TokenRejectedException;

/** The services' token verification against a real issuer over HTTP (the dev issuer, as in the local run). */
class TokenVerificationTest {

    static DevIssuer issuer;
    static DevIssuer foreign;
    static AccessTokenVerifier verifier;

    @BeforeAll
    static void start() throws Exception {
        issuer = DevIssuer.start(0);
        foreign = DevIssuer.start(0);
        verifier = new AccessTokenVerifier(new AccessTokenVerifier.Settings(issuer.issuer(), issuer.jwksUrl(),
                java.util.Optional.of(DevIssuer.TokenSpec.SUITE_AUDIENCE), java.time.Duration.ofSeconds(30),
                java.time.Duration.ofMinutes(10)));
    }

    @AfterAll
    static void stop() {
        issuer.close();
        foreign.close();
    }

    @Test
    @DisplayName("a token of the trusted issuer yields subject, roles and the partner's institution")
    void validToken() throws Exception {
        String jwt = issuer.token(DevIssuer.TokenSpec.forRoles("partner").withInstitution("RAV-SO").withSubject("anna"));

        AccessToken token = verifier.verifyAuthorizationHeader("Bearer " + jwt);

        assertThat(token.subject()).isEqualTo("anna");
        assertThat(token.roles()).containsExactly("partner");
        assertThat(token.institution()).contains("RAV-SO");
    }

    @Test
    @DisplayName("an expired token is rejected")
    void expired() {
        String jwt = issuer.token(DevIssuer.TokenSpec.forRoles("intake").withTtl(Duration.ofSeconds(-120)));

        assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(TokenRejectedException.class)
                .hasMessage("The token has expired.");
    }

    @Test
    @DisplayName("a token signed with another key (a foreign issuer claiming to be ours) is rejected")
    void foreignKey() {
        // the foreign issuer signs with its own key; rewrite nothing: its iss differs, so also check a forged iss
        String forged = forgedWithOurIssuer();

        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(TokenRejectedException.class);
    }

    @Test
    @DisplayName("a token of a foreign issuer is rejected")
    void foreignIssuer() {
        String jwt = foreign.token("admin");

        assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(TokenRejectedException.class);
    }

    @Test
    @DisplayName("garbage, a missing header and a non-bearer scheme are rejected")
    void malformed() {
        assertThatThrownBy(() -> verifier.verify("not.a.jwt")).isInstanceOf(TokenRejectedException.class);
        assertThatThrownBy(() -> verifier.verifyAuthorizationHeader(null)).isInstanceOf(TokenRejectedException.class)
                .hasMessage("A bearer token is required.");
        assertThatThrownBy(() -> verifier.verifyAuthorizationHeader("Basic dXNlcjpwdw=="))
                .isInstanceOf(TokenRejectedException.class);
    }

    @Test
    @DisplayName("a token for another audience (another client of the realm) is rejected")
    void otherAudience() {
        String jwt = issuer.token(DevIssuer.TokenSpec.forRoles("admin").withAudience("account"));

        assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(TokenRejectedException.class)
                .hasMessage("The token is not meant for this suite (audience).");
    }

    @Test
    @DisplayName("when the issuer's keys cannot be fetched, the rejection says so (503, not the caller's fault)")
    void issuerUnreachable() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        AccessTokenVerifier cut = new AccessTokenVerifier(AccessTokenVerifier.Settings.of(issuer.issuer(),
                "http://127.0.0.1:" + closed + "/certs"));

        assertThatThrownBy(() -> cut.verify(issuer.token("intake"))).isInstanceOfSatisfying(TokenRejectedException.class,
                e -> assertThat(e.issuerUnavailable()).isTrue());
    }

    /** A token whose claims name our issuer but whose signature comes from the foreign issuer's key. */
    private static String forgedWithOurIssuer() {
        String ours = issuer.token("admin");
        String theirs = foreign.token("admin");
        String[] o = ours.split("\\.");
        String[] t = theirs.split("\\.");
        // our header and claims, their signature: the key id is ours, so the signature check must fail
        return o[0] + "." + o[1] + "." + t[2];
    }
}
