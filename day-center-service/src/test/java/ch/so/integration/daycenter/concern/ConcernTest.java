package ch.so.integration.daycenter.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.web.ProblemException;

class ConcernTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneId.of("Europe/Zurich"));

    static Concern concern() {
        return Concern.receive(UUID.randomUUID(), UUID.randomUUID(), ReportingOffice.VICTIM_SUPPORT,
                ConcernAbout.STAFF_MEMBER, "content", LocalDate.of(2026, 11, 19), "lead", CLOCK);
    }

    @Test
    @DisplayName("DC-18: a concern is RECEIVED, then FORWARDED, IN_PROGRESS and CLOSED, each step in the history")
    void dc18StatusPath() {
        Concern concern = concern();
        assertThat(concern.status()).isEqualTo(ConcernStatus.RECEIVED);
        concern.changeStatus(ConcernStatus.FORWARDED, "to the cantonal victim support", "lead", CLOCK);
        concern.changeStatus(ConcernStatus.IN_PROGRESS, null, "lead", CLOCK);
        concern.changeStatus(ConcernStatus.CLOSED, null, "lead", CLOCK);
        assertThat(concern.history()).extracting(StatusChange::status).containsExactly(ConcernStatus.RECEIVED,
                ConcernStatus.FORWARDED, ConcernStatus.IN_PROGRESS, ConcernStatus.CLOSED);
        assertThat(concern.history().get(1).note()).isEqualTo("to the cantonal victim support");
    }

    @Test
    @DisplayName("DC-18: skipping a step, going back, repeating or changing a closed concern is refused")
    void dc18GuardedTransitions() {
        Concern concern = concern();
        for (ConcernStatus wrong : new ConcernStatus[] {ConcernStatus.RECEIVED, ConcernStatus.IN_PROGRESS,
                ConcernStatus.CLOSED}) {
            assertThatThrownBy(() -> concern.changeStatus(wrong, null, "lead", CLOCK))
                    .satisfies(e -> assertThat(((ProblemException) e).problem().rule()).isEqualTo("DC-18"));
        }
        concern.changeStatus(ConcernStatus.FORWARDED, null, "lead", CLOCK);
        assertThatThrownBy(() -> concern.changeStatus(ConcernStatus.RECEIVED, null, "lead", CLOCK))
                .isInstanceOf(ProblemException.class);
        concern.changeStatus(ConcernStatus.IN_PROGRESS, null, "lead", CLOCK);
        concern.changeStatus(ConcernStatus.CLOSED, null, "lead", CLOCK);
        assertThatThrownBy(() -> concern.changeStatus(ConcernStatus.CLOSED, null, "lead", CLOCK))
                .satisfies(e -> assertThat(((ProblemException) e).problem().detail()).contains("closed"));
        assertThat(concern.history()).hasSize(4);
    }

    @Test
    @DisplayName("DC-18: a refusal never quotes the concern's content")
    void dc18RefusalDoesNotQuoteContent() {
        Concern concern = Concern.receive(UUID.randomUUID(), UUID.randomUUID(), ReportingOffice.EXTERNAL_OMBUDS_OFFICE,
                ConcernAbout.AREA, "SECRET-CONTENT", LocalDate.of(2026, 11, 19), "lead", CLOCK);
        assertThatThrownBy(() -> concern.changeStatus(ConcernStatus.CLOSED, null, "lead", CLOCK))
                .satisfies(e -> assertThat(((ProblemException) e).problem().detail()).doesNotContain("SECRET"));
        assertThatThrownBy(() -> Concern.receive(UUID.randomUUID(), UUID.randomUUID(),
                ReportingOffice.INTERNAL_REPORTING_OFFICE, ConcernAbout.INSTITUTION, "SECRET-CONTENT",
                LocalDate.of(2026, 11, 21), "lead", CLOCK)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
    }
}
