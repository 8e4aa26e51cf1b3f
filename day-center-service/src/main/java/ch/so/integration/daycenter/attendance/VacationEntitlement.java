package ch.so.integration.daycenter.attendance;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** DC-03: more than the default 5 weeks, granted by internal housing for one participant and year. */
@Entity
@Table(name = "vacation_entitlement")
public class VacationEntitlement {

    public static final int DEFAULT_WEEKS = 5;

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "vacation_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int weeks;

    @Column(name = "granted_by", nullable = false, length = 200)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    protected VacationEntitlement() {
    }

    VacationEntitlement(UUID placementId, int year) {
        this.id = UUID.randomUUID();
        this.placementId = placementId;
        this.year = year;
    }

    void grant(int weeks, String grantedBy, OffsetDateTime now) {
        this.weeks = weeks;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    public int weeks() {
        return weeks;
    }

    public String grantedBy() {
        return grantedBy;
    }
}
