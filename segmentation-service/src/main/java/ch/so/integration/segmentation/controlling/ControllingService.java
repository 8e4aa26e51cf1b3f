package ch.so.integration.segmentation.controlling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.segmentation.controlling.api.ControllingReport;
import ch.so.integration.segmentation.controlling.api.FigureTable;

/**
 * SG-11/SG-12: the case-based controlling. The figures are anonymous, so no case is audited; every export is
 * audited once (who took which period), so that the use of the controlling can be followed.
 */
@ApplicationScoped
public class ControllingService {

    static final String RESOURCE = "controlling-figures";
    /** The longest period: the pilot runs 24 months; five years leave room for a comparison. */
    static final int MAX_YEARS = 5;

    private final ControllingHistories histories;
    private final AuditLog audit;
    private final Clock clock;

    ControllingService(ControllingHistories histories, AuditLog audit, Clock clock) {
        this.histories = histories;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * SG-12: the figures for a period of whole calendar months that have ended: {@code from} is the first day of a
     * month, {@code to} the last day of a month before the current one (the distribution counts on that month end).
     * Periods to the day would let two requests differing by a day be subtracted (re-identification by
     * differencing), so they are refused. Defaults: {@code to} = the end of the last finished month, {@code from} =
     * the start of the twelve months ending there.
     */
    @Transactional
    public ControllingReport report(LocalDate from, LocalDate to) {
        Period period = period(from, to, LocalDate.now(clock));
        ControllingReport report = ControllingFigures.of(period.from(), period.to(),
                histories.between(period.from(), period.to()));
        audit.record(AuditAction.READ, RESOURCE, period.from() + ".." + period.to(), null);
        return report;
    }

    /** A controlling period: whole months, both days inclusive. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /**
     * SG-12: checks (and defaults) a controlling period: whole calendar months that have ended, at most
     * {@value #MAX_YEARS} years. 400 naming {@code from} or {@code to} otherwise.
     */
    public static Period period(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate currentMonth = today.withDayOfMonth(1);
        LocalDate last = to == null ? currentMonth.minusDays(1) : to;
        List<FieldError> errors = new ArrayList<>();
        if (!last.equals(last.withDayOfMonth(last.lengthOfMonth()))) {
            errors.add(new FieldError("to", "must be the last day of a month: the controlling reports whole "
                    + "calendar months (SG-12), e.g. " + last.withDayOfMonth(last.lengthOfMonth())));
        } else if (!last.isBefore(currentMonth)) {
            errors.add(new FieldError("to", "must lie before " + currentMonth + ": only months that have ended are "
                    + "reported (SG-12)"));
        }
        LocalDate first = from == null ? last.withDayOfMonth(1).minusMonths(11) : from;
        if (first.getDayOfMonth() != 1) {
            errors.add(new FieldError("from", "must be the first day of a month: the controlling reports whole "
                    + "calendar months (SG-12), e.g. " + first.withDayOfMonth(1)));
        } else if (first.isAfter(last)) {
            errors.add(new FieldError("from", "must not lie after to (" + last + ")"));
        } else if (first.plusYears(MAX_YEARS).isBefore(last.plusDays(1))) {
            errors.add(new FieldError("from", "the period may span at most " + MAX_YEARS + " years"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new Period(first, last);
    }

    /** One figure of the report; 404 for a name the report does not have. */
    @Transactional
    public FigureTable figure(String name, LocalDate from, LocalDate to) {
        FigureTable figure = report(from, to).figure(name);
        if (figure == null) {
            throw ProblemException.notFound("controlling figure", name);
        }
        return figure;
    }
}
