package ch.so.integration.intake.agreement;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A notice period (DC-13): months and days, optionally to the end of a month. */
@Embeddable
public class NoticePeriod {

    @Column(name = "notice_months", nullable = false)
    private int months;

    @Column(name = "notice_days", nullable = false)
    private int days;

    @Column(name = "notice_to_month_end", nullable = false)
    private boolean toMonthEnd;

    protected NoticePeriod() {
    }

    public NoticePeriod(int months, int days, boolean toMonthEnd) {
        if (months < 0 || days < 0) {
            throw new IllegalArgumentException("a notice period is not negative");
        }
        this.months = months;
        this.days = days;
        this.toMonthEnd = toMonthEnd;
    }

    /** The earliest last day of a placement when notice is given on a day. */
    public LocalDate earliestEnd(LocalDate noticeGivenOn) {
        LocalDate end = noticeGivenOn.plusMonths(months).plusDays(days);
        return toMonthEnd ? end.with(TemporalAdjusters.lastDayOfMonth()) : end;
    }

    /** In German, as in the agreement: "1 Monat auf Ende eines Monats". */
    public String text() {
        if (months == 0 && days == 0) {
            return "keine";
        }
        StringBuilder text = new StringBuilder();
        if (months > 0) {
            text.append(months).append(months == 1 ? " Monat" : " Monate");
        }
        if (days > 0) {
            text.append(text.isEmpty() ? "" : " und ").append(days).append(days == 1 ? " Tag" : " Tage");
        }
        if (toMonthEnd) {
            text.append(" auf Ende eines Monats");
        }
        return text.toString();
    }

    public int months() { return months; }
    public int days() { return days; }
    public boolean toMonthEnd() { return toMonthEnd; }
}
