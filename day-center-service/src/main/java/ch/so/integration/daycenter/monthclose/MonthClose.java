package ch.so.integration.daycenter.monthclose;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A closed month (yyyy-MM): closed once, by the day-center lead. */
@Entity
@Table(name = "month_close")
public class MonthClose {

    @Id
    private String month;

    @Column(name = "closed_at", nullable = false)
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", nullable = false, length = 200)
    private String closedBy;

    protected MonthClose() {
    }

    MonthClose(String month, OffsetDateTime closedAt, String closedBy) {
        this.month = month;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
    }

    public String month() {
        return month;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
