package ch.so.integration.iiz.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.documents.ICalendar;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

class RoundTableTest {

    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 22).atTime(10, 0).atZone(ZURICH).toInstant(), ZURICH);
    static final LocalDate MEETING = LocalDate.of(2026, 12, 3);
    static final List<Invitee> INVITEES = List.of(new Invitee("Anna Muster", Invitee.Kind.PROFESSIONAL, "RAV-SO"),
            new Invitee("Beat Beispiel", Invitee.Kind.PROFESSIONAL, "IV-SO"),
            new Invitee("Carla Klientin", Invitee.Kind.CLIENT, null));

    static RoundTable scheduled(int sessionMinutes) {
        return RoundTable.schedule(UUID.randomUUID(), new RoundTableTimes(MEETING, LocalTime.of(9, 0), sessionMinutes),
                "iiz-Geschäftsstelle, Solothurn", INVITEES, "coord", CLOCK);
    }

    @Test
    @DisplayName("IZ-07 a 30-minute pre-meeting of the professionals, then about one hour with the client")
    void times() {
        RoundTableTimes times = scheduled(60).times();
        assertThat(times.preMeetingStarts()).isEqualTo(LocalDateTime.of(2026, 12, 3, 9, 0));
        assertThat(times.sessionStarts()).isEqualTo(LocalDateTime.of(2026, 12, 3, 9, 30));
        assertThat(times.sessionEnds()).isEqualTo(LocalDateTime.of(2026, 12, 3, 10, 30));
        assertThat(scheduled(45).times().sessionEnds()).isEqualTo(LocalDateTime.of(2026, 12, 3, 10, 15));
        assertThat(scheduled(90).times().sessionEnds()).isEqualTo(LocalDateTime.of(2026, 12, 3, 11, 0));
    }

    @Test
    @DisplayName("IZ-07 a session far from one hour, one past midnight or a meeting in the past is refused")
    void refusedTimes() {
        for (int minutes : new int[]{44, 91, 180}) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> scheduled(minutes));
            assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("sessionMinutes");
        }
        ProblemException late = catchThrowableOfType(ProblemException.class, () -> RoundTable.schedule(UUID.randomUUID(),
                new RoundTableTimes(MEETING, LocalTime.of(23, 0), 60), "x", INVITEES, "coord", CLOCK));
        assertThat(late.problem().errors()).extracting(FieldError::field).containsExactly("preMeetingStart");
        ProblemException past = catchThrowableOfType(ProblemException.class, () -> RoundTable.schedule(UUID.randomUUID(),
                new RoundTableTimes(LocalDate.of(2026, 11, 22), LocalTime.of(9, 0), 60), "x", INVITEES, "coord", CLOCK));
        assertThat(past.problem().errors()).extracting(FieldError::field).containsExactly("date");
    }

    @Test
    @DisplayName("IZ-07 the coordinator invites the professionals and the client: without either it is refused")
    void invitees() {
        for (List<Invitee> invitees : List.of(INVITEES.subList(0, 2), INVITEES.subList(2, 3))) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> RoundTable.schedule(
                    UUID.randomUUID(), new RoundTableTimes(MEETING, LocalTime.of(9, 0), 60), "x", invitees, "coord",
                    CLOCK));
            assertThat(e.problem().rule()).isEqualTo("IZ-07");
            assertThat(e.problem().status()).isEqualTo(409);
        }
    }

    @Test
    @DisplayName("IZ-07 the invitation is an RFC 5545 calendar with two VEVENTs in Europe/Zurich: pre-meeting and session")
    void invitation() {
        RoundTable table = scheduled(60);
        String ics = ICalendar.calendar("iiz Runder Tisch", table.invitation(), Instant.parse("2026-11-22T09:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich",
                "UID:" + table.id() + "-pre-meeting@iiz.so.ch",
                "DTSTART;TZID=Europe/Zurich:20261203T090000\r\nDTEND;TZID=Europe/Zurich:20261203T093000",
                "UID:" + table.id() + "-session@iiz.so.ch",
                "DTSTART;TZID=Europe/Zurich:20261203T093000\r\nDTEND;TZID=Europe/Zurich:20261203T103000",
                "DTSTAMP:20261122T090000Z", "LOCATION:iiz-Geschäftsstelle\\, Solothurn", "SUMMARY:iiz Runder Tisch: Vorbesprechung");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics).as("names stay out of the calendar").doesNotContain("Carla").doesNotContain("Anna");
    }

    @Test
    @DisplayName("IZ-07 the minutes are recorded once the session has begun, and once")
    void minutes() {
        RoundTable table = scheduled(60);
        ProblemException early = catchThrowableOfType(ProblemException.class,
                () -> table.recordMinutes("Protokoll", "coord", CLOCK));
        assertThat(early.problem().rule()).isEqualTo("IZ-07");
        Clock during = Clock.fixed(MEETING.atTime(9, 45).atZone(ZURICH).toInstant(), ZURICH);
        table.recordMinutes(" Massnahmen vereinbart ", "coord", during);
        assertThat(table.status()).isEqualTo(RoundTableStatus.HELD);
        assertThat(table.minutes()).isEqualTo("Massnahmen vereinbart");
        assertThat(catchThrowableOfType(ProblemException.class, () -> table.recordMinutes("again", "coord",
                Clock.offset(during, Duration.ofDays(1)))).problem().rule()).isEqualTo("IZ-07");
    }
}
