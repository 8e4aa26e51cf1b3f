package ch.so.integration.iiz.powerofattorney;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

class PowerOfAttorneyTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Zurich"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static PowerOfAttorney signed() {
        return PowerOfAttorney.record(UUID.randomUUID(), TODAY.minusDays(10), TODAY.plusMonths(6),
                List.of("RAV-OLTEN", " IV-STELLE ", "SOZIALREGION-OLTEN"), "DMS-4711", "ko", CLOCK);
    }

    @Test
    @DisplayName("IZ-01 a Vollmacht covers its institutions from signature to the end of its validity")
    void iz01Covers() {
        PowerOfAttorney p = signed();
        assertThat(p.institutions()).containsExactly("IV-STELLE", "RAV-OLTEN", "SOZIALREGION-OLTEN");
        assertThat(p.covers("RAV-OLTEN", TODAY)).isTrue();
        assertThat(p.covers("IV-STELLE", TODAY.plusMonths(6))).isTrue();
        assertThat(p.covers("BIZ-OLTEN", TODAY)).as("an institution it does not name").isFalse();
        assertThat(p.covers("RAV-OLTEN", TODAY.minusDays(11))).as("before signature").isFalse();
        assertThat(p.stateOn(TODAY)).isEqualTo(PowerOfAttorney.State.VALID);
    }

    @Test
    @DisplayName("IZ-01 an expired Vollmacht shares nothing")
    void iz01Expiry() {
        PowerOfAttorney p = signed();
        LocalDate after = TODAY.plusMonths(6).plusDays(1);
        assertThat(p.covers("RAV-OLTEN", after)).isFalse();
        assertThat(p.stateOn(after)).isEqualTo(PowerOfAttorney.State.EXPIRED);
    }

    @Test
    @DisplayName("IZ-01 a revocation cuts access at once, the same day; it cannot be revoked twice")
    void iz01Revocation() {
        PowerOfAttorney p = signed();
        p.revoke("ko", CLOCK);
        assertThat(p.covers("RAV-OLTEN", TODAY)).isFalse();
        assertThat(p.stateOn(TODAY)).isEqualTo(PowerOfAttorney.State.REVOKED);
        assertThat(p.endedOn()).contains(TODAY);
        assertThatThrownBy(() -> p.revoke("ko", CLOCK)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().rule()).isEqualTo("IZ-01"));
    }

    @Test
    @DisplayName("IZ-10 the closure lets the Vollmacht lapse; a revoked one stays revoked")
    void iz10Lapse() {
        PowerOfAttorney p = signed();
        p.lapse("ko", CLOCK);
        assertThat(p.stateOn(TODAY)).isEqualTo(PowerOfAttorney.State.LAPSED);
        assertThat(p.covers("RAV-OLTEN", TODAY)).isFalse();
        PowerOfAttorney revoked = signed();
        revoked.revoke("ko", CLOCK);
        revoked.lapse("ko", CLOCK);
        assertThat(revoked.stateOn(TODAY)).isEqualTo(PowerOfAttorney.State.REVOKED);
    }

    @Test
    @DisplayName("IZ-01 recording refuses a future signature, an expired validity, no institutions and no scan, "
            + "naming every field")
    void iz01Validation() {
        assertThatThrownBy(() -> PowerOfAttorney.record(UUID.randomUUID(), TODAY.plusDays(1), TODAY.minusDays(1),
                List.of(), " ", "ko", CLOCK)).isInstanceOfSatisfying(ProblemException.class, e ->
                assertThat(e.problem().errors()).extracting(FieldError::field)
                        .containsExactly("signedOn", "validUntil", "institutions", "scanReference"));
        assertThatThrownBy(() -> PowerOfAttorney.record(UUID.randomUUID(), TODAY, TODAY, java.util.Arrays.asList(
                "RAV", null), "DMS", "ko", CLOCK)).isInstanceOfSatisfying(ProblemException.class, e ->
                assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("institutions[1]"));
    }
}
