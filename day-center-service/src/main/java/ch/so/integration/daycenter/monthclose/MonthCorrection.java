package ch.so.integration.daycenter.monthclose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The trace of a correction after close: which day, from what to what, why, by whom, when. */
@Entity
@Table(name = "month_close_correction")
public class MonthCorrection {

    @Id
    private UUID id;

    @Column(nullable = false, length = 7)
    private String month;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "previous_kind", length = 20)
    private String previousKind;

    @Column(name = "previous_hours", precision = 4, scale = 2)
    private BigDecimal previousHours;

    @Column(name = "new_kind", nullable = false, length = 20)
    private String newKind;

    @Column(name = "new_hours", precision = 4, scale = 2)
    private BigDecimal newHours;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "corrected_by", nullable = false, length = 200)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private OffsetDateTime correctedAt;

    protected MonthCorrection() {
    }

    MonthCorrection(String month, UUID placementId, LocalDate day, String previousKind, BigDecimal previousHours,
                    String newKind, BigDecimal newHours, String reason, String correctedBy, OffsetDateTime correctedAt) {
        this.id = UUID.randomUUID();
        this.month = month;
        this.placementId = placementId;
        this.day = day;
        this.previousKind = previousKind;
        this.previousHours = previousHours;
        this.newKind = newKind;
        this.newHours = newHours;
        this.reason = reason;
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
    }
}
