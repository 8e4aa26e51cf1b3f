package ch.so.integration.daycenter.area;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * A part of the day center where participants work (the kitchen, the garden, ...): how many participants it takes
 * per half-day, whether it has work or a service and so pays motivation compensation (DC-06), and its company
 * holidays (DC-02).
 */
@Entity
@Table(name = "work_area")
public class WorkArea {

    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 50;
    public static final BigDecimal MIN_COMPENSATION = new BigDecimal("50.00");
    public static final BigDecimal MAX_COMPENSATION = new BigDecimal("100.00");

    @Id
    private UUID id;

    @Column(nullable = false, length = 80)
    private String name;

    /** The name as compared: lower case (Locale.ROOT), unique. Computed here, so the database locale does not matter. */
    @Column(name = "name_key", nullable = false, length = 80)
    private String nameKey;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WorkAreaKind kind;

    @Column(name = "motivation_compensation", precision = 6, scale = 2)
    private BigDecimal motivationCompensation;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id", insertable = false, updatable = false)
    @BatchSize(size = 100)
    private List<AreaClosure> closures = new ArrayList<>();

    @Version
    private long version;

    protected WorkArea() {
    }

    /** A new area; refuses a capacity outside 1..50 and a compensation that does not fit the kind (DC-06). */
    public static WorkArea create(String name, int capacity, WorkAreaKind kind, BigDecimal motivationCompensation) {
        WorkArea area = new WorkArea();
        area.id = UUID.randomUUID();
        area.name = name.strip();
        area.nameKey = key(name);
        area.change(capacity, kind, motivationCompensation);
        return area;
    }

    /** New capacity, kind and compensation, checked as at creation. */
    public void change(int capacity, WorkAreaKind kind, BigDecimal motivationCompensation) {
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            throw ProblemException.invalidField("capacity", "must be between 1 and 50 places per half-day");
        }
        if (kind == null) {
            throw ProblemException.invalidField("kind", "is required");
        }
        checkCompensation(kind, motivationCompensation);
        this.capacity = capacity;
        this.kind = kind;
        this.motivationCompensation = motivationCompensation == null ? null
                : motivationCompensation.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** How names are compared: stripped, lower case. */
    static String key(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static void checkCompensation(WorkAreaKind kind, BigDecimal compensation) {
        String message = null;
        if (kind.paysCompensation()) {
            if (compensation == null) {
                message = "is required for an area with work or a service: CHF 50.00 to 100.00 per month";
            } else if (compensation.compareTo(MIN_COMPENSATION) < 0 || compensation.compareTo(MAX_COMPENSATION) > 0) {
                message = "must be CHF 50.00 to 100.00 per month";
            } else if (compensation.stripTrailingZeros().scale() > 2) {
                message = "must be in francs and centimes (at most 2 decimals)";
            }
        } else if (compensation != null) {
            message = "must be absent: an area without work or service pays no compensation";
        }
        if (message != null) {
            throw new ProblemException(Problem.of(ProblemType.VALIDATION, "One field is invalid.")
                    .withErrors(List.of(new FieldError("motivationCompensation", message))).withRule("DC-06"));
        }
    }

    /** Closes the area for a company holiday; the DC-02 check across all areas is {@link CompanyHolidays}'. */
    AreaClosure close(DateRange days, String reason) {
        AreaClosure closure = new AreaClosure(id, days, reason.strip());
        closures.add(closure);
        return closure;
    }

    /** Reopens the area: removes a closure; false if the area has no such closure. */
    boolean reopen(UUID closureId) {
        return closures.removeIf(c -> c.id().equals(closureId));
    }

    /** Whether participants can work here on the day: an open day (DC-01) without a company holiday (DC-02). */
    public boolean isOpenOn(LocalDate day) {
        return OpeningHours.isOpen(day) && !isClosedOn(day);
    }

    /** Whether a company holiday closes the area on the day. */
    public boolean isClosedOn(LocalDate day) {
        return closures.stream().anyMatch(c -> c.covers(day));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Participants per half-day. */
    public int capacity() {
        return capacity;
    }

    public WorkAreaKind kind() {
        return kind;
    }

    /** CHF per month for WORK and SERVICE areas (50.00–100.00), null for NONE (DC-06). */
    public BigDecimal motivationCompensation() {
        return motivationCompensation;
    }

    /** The company holidays, by first day. */
    public List<AreaClosure> closures() {
        return closures.stream().sorted(Comparator.comparing((AreaClosure c) -> c.days().from())).toList();
    }
}
