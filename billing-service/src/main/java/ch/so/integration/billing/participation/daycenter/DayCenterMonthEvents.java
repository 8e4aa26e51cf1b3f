package ch.so.integration.billing.participation.daycenter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ch.so.integration.billing.participation.DayCenterMonth;
import ch.so.integration.billing.participation.EventMapping;
import ch.so.integration.billing.participation.ParticipationService;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.platform.events.EventHandler;
import ch.so.integration.platform.events.UnprocessableEventException;

/**
 * The day center's closed and corrected months (DC-05, DC-16), read with billing's own view: the month's IBB level
 * and Pensum per participant. A correction replaces the closed month and counts up its revision.
 */
@ApplicationScoped
public class DayCenterMonthEvents implements EventHandler {

    public static final String TOPIC = "day-center.attendance-month";
    public static final String CLOSED_V1 = "ch.so.integration.day-center.attendance-month-closed.v1";
    public static final String CORRECTED_V1 = "ch.so.integration.day-center.attendance-month-corrected.v1";

    private static final Logger LOG = Logger.getLogger(DayCenterMonthEvents.class);

    /** The fields of AttendanceMonthClosed / -Corrected v1 that billing uses. */
    public record MonthV1(UUID placementId, UUID personId, String month, Integer daysWorked, BigDecimal hoursWorked,
                          Integer plannedPensumPercent, Integer actualPensumPercent, Integer ibbLevel,
                          LocalDate correctedDate) {
    }

    private final ParticipationService participations;

    DayCenterMonthEvents(ParticipationService participations) {
        this.participations = participations;
    }

    @Override
    public String name() {
        return "day-center-months";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (event.type()) {
            case CLOSED_V1, CORRECTED_V1 -> {
                MonthV1 m = event.dataAs(MonthV1.class);
                YearMonth month = validated(event, m);
                participations.dayCenterMonth(m.placementId(), m.personId(), month, figures(m),
                        CORRECTED_V1.equals(event.type()) ? m.correctedDate() : null, event.eventId());
            }
            default -> LOG.debugf("Passing by %s", event.type());
        }
    }

    /** @throws UnprocessableEventException when a field billing needs is missing or out of range */
    public static YearMonth validated(EventEnvelope event, MonthV1 m) {
        require(m.placementId() != null && m.personId() != null && m.actualPensumPercent() != null
                && m.plannedPensumPercent() != null, "attendance month lacks a required field");
        require(m.placementId().toString().equals(event.subject()), "subject does not match the placement id");
        YearMonth month = EventMapping.month(m.month()).orElseThrow(
                () -> new UnprocessableEventException("attendance month's month is not yyyy-MM"));
        require(EventMapping.ibbLevel(m.ibbLevel()).isPresent(), "attendance month's IBB level is not 0 to 4");
        require(m.actualPensumPercent() >= 0 && m.actualPensumPercent() <= 100
                && m.plannedPensumPercent() >= 0 && m.plannedPensumPercent() <= 100,
                "attendance month's Pensum is not 0 to 100");
        return month;
    }

    public static DayCenterMonth.Figures figures(MonthV1 m) {
        return new DayCenterMonth.Figures(m.ibbLevel(), m.plannedPensumPercent(), m.actualPensumPercent(),
                m.daysWorked() == null ? 0 : m.daysWorked(), m.hoursWorked());
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new UnprocessableEventException(reason);
        }
    }
}
