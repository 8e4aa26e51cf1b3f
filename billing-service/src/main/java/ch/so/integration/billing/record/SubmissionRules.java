package ch.so.integration.billing.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ch.so.integration.billing.calculation.AbortEvent;
import ch.so.integration.billing.calculation.CoachingSession;
import ch.so.integration.billing.calculation.ServiceDay;
import ch.so.integration.billing.record.api.DayDto;
import ch.so.integration.billing.record.api.MonthRecordsRequest;
import ch.so.integration.billing.record.api.SessionDto;
import ch.so.integration.platform.problem.FieldError;

/**
 * What a month's submission must satisfy (AM-07 input): every date in the month and in the participation (from its
 * entry to its exit, both inclusive); one entry per day; 0 < hours <= 24 with at most two decimals; a session lasts 1
 * to 1440 minutes; at most one abort or no-show, with its date and kind. Several sessions may share a day.
 */
public final class SubmissionRules {

    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);
    public static final int MAX_MINUTES = 24 * 60;

    private SubmissionRules() {
    }

    /**
     * Every offending field by its JSON path; empty when the submission is fine.
     *
     * @param entry the participation's first day, null while it has not started
     * @param exit  its last day, null while it runs
     */
    public static List<FieldError> problems(YearMonth month, LocalDate entry, LocalDate exit,
                                            MonthRecordsRequest request) {
        List<FieldError> errors = new ArrayList<>();
        monthProblem(month, entry, exit).ifPresent(p -> errors.add(new FieldError("month", p)));
        List<DayDto> days = request.days() == null ? List.of() : request.days();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            String at = "days[" + i + "]";
            DayDto day = days.get(i);
            if (day == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            dateProblem(day.date(), month, entry, exit).ifPresent(p -> errors.add(new FieldError(at + ".date", p)));
            if (day.date() != null) {
                Integer first = seen.putIfAbsent(day.date(), i);
                if (first != null) {
                    errors.add(new FieldError(at + ".date", "is recorded twice (also days[" + first + "]): one entry per day"));
                }
            }
            hoursProblem(day.hours()).ifPresent(p -> errors.add(new FieldError(at + ".hours", p)));
        }
        List<SessionDto> sessions = request.sessions() == null ? List.of() : request.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            String at = "sessions[" + i + "]";
            SessionDto session = sessions.get(i);
            if (session == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            dateProblem(session.date(), month, entry, exit).ifPresent(p -> errors.add(new FieldError(at + ".date", p)));
            if (session.minutes() == null) {
                errors.add(new FieldError(at + ".minutes", "is required"));
            } else if (session.minutes() < 1 || session.minutes() > MAX_MINUTES) {
                errors.add(new FieldError(at + ".minutes", "must be between 1 and " + MAX_MINUTES));
            }
        }
        if (request.abort() != null) {
            dateProblem(request.abort().date(), month, entry, exit)
                    .ifPresent(p -> errors.add(new FieldError("abort.date", p)));
            if (request.abort().kind() == null) {
                errors.add(new FieldError("abort.kind", "is required: UNFORESEEN_ABORT or NO_SHOW_AT_START"));
            }
        }
        return errors;
    }

    /** Why nothing can be recorded for the month: the participation did not run in it. */
    public static Optional<String> monthProblem(YearMonth month, LocalDate entry, LocalDate exit) {
        if (entry == null) {
            return Optional.of("the participation has not started yet");
        }
        if (month.atEndOfMonth().isBefore(entry) || exit != null && month.atDay(1).isAfter(exit)) {
            return Optional.of("the participation does not run in " + month + " (from " + entry
                    + (exit == null ? "" : " to " + exit) + ")");
        }
        return Optional.empty();
    }

    /** Why a record's date is not acceptable, or empty. */
    public static Optional<String> dateProblem(LocalDate date, YearMonth month, LocalDate entry, LocalDate exit) {
        if (date == null) {
            return Optional.of("is required");
        }
        if (month != null && !YearMonth.from(date).equals(month)) {
            return Optional.of("must lie in " + month);
        }
        if (entry == null) {
            return Optional.of("the participation has not started yet");
        }
        if (date.isBefore(entry)) {
            return Optional.of("lies before the participation's entry on " + entry);
        }
        if (exit != null && date.isAfter(exit)) {
            return Optional.of("lies after the participation's exit on " + exit);
        }
        return Optional.empty();
    }

    /** Why hours are not acceptable (0 < h <= 24, at most two decimals), or empty. */
    public static Optional<String> hoursProblem(BigDecimal hours) {
        if (hours == null) {
            return Optional.of("is required");
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            return Optional.of("must be above 0 and at most 24");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            return Optional.of("must have at most two decimals");
        }
        return Optional.empty();
    }

    /** The checked submission's days (call {@link #problems} first). */
    public static List<ServiceDay> days(MonthRecordsRequest request) {
        return request.days() == null ? List.of()
                : request.days().stream().map(d -> new ServiceDay(d.date(), d.hours())).toList();
    }

    public static List<CoachingSession> sessions(MonthRecordsRequest request) {
        return request.sessions() == null ? List.of()
                : request.sessions().stream().map(s -> new CoachingSession(s.date(), s.minutes())).toList();
    }

    /** Null when none. */
    public static AbortEvent abort(MonthRecordsRequest request) {
        return request.abort() == null ? null : new AbortEvent(request.abort().date(), request.abort().kind());
    }
}
