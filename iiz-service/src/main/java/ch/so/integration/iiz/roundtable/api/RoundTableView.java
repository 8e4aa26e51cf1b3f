package ch.so.integration.iiz.roundtable.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.iiz.roundtable.Invitee;
import ch.so.integration.iiz.roundtable.RoundTable;
import ch.so.integration.iiz.roundtable.RoundTableStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoundTableView(UUID id, UUID caseId, LocalDate date, LocalTime preMeetingStart,
                             LocalDateTime preMeetingEnd, LocalDateTime sessionStart, LocalDateTime sessionEnd,
                             int sessionMinutes, String location, RoundTableStatus status, List<Invitee> invitees,
                             String scheduledBy, OffsetDateTime scheduledAt, String minutes, String minutesBy,
                             OffsetDateTime minutesRecordedAt, String invitationUrl) {

    public static RoundTableView of(RoundTable t) {
        var times = t.times();
        return new RoundTableView(t.id(), t.caseId(), t.meetingDate(), t.preMeetingStart(), times.sessionStarts(),
                times.sessionStarts(), times.sessionEnds(), t.sessionMinutes(), t.location(), t.status(), t.invitees(),
                t.scheduledBy(), t.scheduledAt(), t.minutes(), t.minutesBy(), t.minutesRecordedAt(),
                "cases/" + t.caseId() + "/round-tables/" + t.id() + "/invitation");
    }
}
