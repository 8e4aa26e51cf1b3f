package ch.so.integration.daycenter.attendance;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A closed month: its attendance can be changed only by a traced correction. */
@Entity
@Table(name = "attendance_frozen_month")
public class FrozenMonth {

    /** yyyy-MM */
    @Id
    private String month;

    @Column(name = "frozen_at", nullable = false)
    private OffsetDateTime frozenAt;

    protected FrozenMonth() {
    }

    FrozenMonth(String month, OffsetDateTime frozenAt) {
        this.month = month;
        this.frozenAt = frozenAt;
    }
}
