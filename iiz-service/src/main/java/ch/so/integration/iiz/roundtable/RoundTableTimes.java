package ch.so.integration.iiz.roundtable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * IZ-07: the two parts of a round table on one day, in Zurich local time: the professionals' pre-meeting of
 * {@value #PRE_MEETING_MINUTES} minutes, then directly the session with the client of about one hour
 * ({@value #MIN_SESSION_MINUTES} to {@value #MAX_SESSION_MINUTES} minutes, {@value #DEFAULT_SESSION_MINUTES} by
 * default). Both end on the same day.
 */
public record RoundTableTimes(LocalDate date, LocalTime preMeetingStart, int sessionMinutes) {

    public static final int PRE_MEETING_MINUTES = 30;
    public static final int DEFAULT_SESSION_MINUTES = 60;
    public static final int MIN_SESSION_MINUTES = 45;
    public static final int MAX_SESSION_MINUTES = 90;

    public LocalDateTime preMeetingStarts() {
        return date.atTime(preMeetingStart);
    }

    public LocalDateTime sessionStarts() {
        return preMeetingStarts().plusMinutes(PRE_MEETING_MINUTES);
    }

    public LocalDateTime sessionEnds() {
        return sessionStarts().plusMinutes(sessionMinutes);
    }

    public boolean sessionLengthAllowed() {
        return sessionMinutes >= MIN_SESSION_MINUTES && sessionMinutes <= MAX_SESSION_MINUTES;
    }

    public boolean endsSameDay() {
        return sessionEnds().toLocalDate().equals(date);
    }
}
