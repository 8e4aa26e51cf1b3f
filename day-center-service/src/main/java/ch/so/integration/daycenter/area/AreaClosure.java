package ch.so.integration.daycenter.area;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A work area's company holiday (DC-02): closed from one day to another, both included. */
@Entity
@Table(name = "work_area_closure")
public class AreaClosure {

    @Id
    private UUID id;

    @Column(name = "area_id", nullable = false)
    private UUID areaId;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(nullable = false, length = 200)
    private String reason;

    protected AreaClosure() {
    }

    AreaClosure(UUID areaId, DateRange days, String reason) {
        this.id = UUID.randomUUID();
        this.areaId = areaId;
        this.fromDate = days.from();
        this.toDate = days.to();
        this.reason = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID areaId() {
        return areaId;
    }

    public DateRange days() {
        return new DateRange(fromDate, toDate);
    }

    public String reason() {
        return reason;
    }

    public boolean covers(LocalDate day) {
        return days().contains(day);
    }
}
