package ch.so.integration.billing.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.InstrumentKind;

/**
 * A financing instrument of a participation as intake publishes it (DC-14, AM-05, AM-06, PG-05): requested with
 * kind and debtor, then granted (number, validity, limit) or refused; superseded by a successor from an effective
 * date. Kept apart from the participation, as its events come on another topic and may arrive first.
 */
@Entity
@Table(name = "participation_instrument")
public class Instrument {

    @Id
    private UUID id;

    @Column(name = "participation_id", nullable = false)
    private UUID participationId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InstrumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "debtor_kind", length = 30)
    private DebtorKind debtorKind;

    @Column(name = "debtor_name", length = 200)
    private String debtorName;

    @Column(length = 200)
    private String issuer;

    @Column(length = 100)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstrumentStatus status;

    @Column(name = "needed_from")
    private LocalDate neededFrom;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "amount_limit", precision = 12, scale = 2)
    private BigDecimal amountLimit;

    /** The successor applies from this day on; this one up to the day before. */
    @Column(name = "superseded_from")
    private LocalDate supersededFrom;

    @Column(name = "superseded_by")
    private UUID supersededBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Instrument() {
    }

    static Instrument requested(UUID id, UUID participationId, UUID personId, InstrumentKind kind,
                                DebtorKind debtorKind, String debtorName, LocalDate neededFrom, OffsetDateTime now) {
        Instrument instrument = new Instrument();
        instrument.id = id;
        instrument.participationId = participationId;
        instrument.personId = personId;
        instrument.kind = kind;
        instrument.debtorKind = debtorKind;
        instrument.debtorName = blankToNull(debtorName);
        instrument.neededFrom = neededFrom;
        instrument.status = InstrumentStatus.REQUESTED;
        instrument.updatedAt = now;
        return instrument;
    }

    /** FinancingInstrumentRequested arriving again (new event id): the request's data is refreshed. */
    void rerequest(InstrumentKind kind, DebtorKind debtorKind, String debtorName, LocalDate neededFrom,
                   OffsetDateTime now) {
        this.kind = kind;
        this.debtorKind = debtorKind;
        if (blankToNull(debtorName) != null) {
            this.debtorName = debtorName.strip();
        }
        this.neededFrom = neededFrom;
        this.updatedAt = now;
    }

    void grant(InstrumentKind kind, DebtorKind debtorKind, String debtorName, String number, String issuer,
               LocalDate validFrom, LocalDate validTo, BigDecimal amountLimit, OffsetDateTime now) {
        this.kind = kind;
        if (debtorKind != null) {
            this.debtorKind = debtorKind;
        }
        if (blankToNull(debtorName) != null) {
            this.debtorName = debtorName.strip();
        }
        this.number = blankToNull(number);
        this.issuer = blankToNull(issuer);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.amountLimit = amountLimit;
        if (status != InstrumentStatus.SUPERSEDED) {
            this.status = InstrumentStatus.GRANTED;
        }
        this.updatedAt = now;
    }

    void refuse(OffsetDateTime now) {
        status = InstrumentStatus.REFUSED;
        updatedAt = now;
    }

    void supersede(LocalDate effectiveDate, UUID successor, OffsetDateTime now) {
        status = InstrumentStatus.SUPERSEDED;
        supersededFrom = effectiveDate;
        supersededBy = successor;
        updatedAt = now;
    }

    /** Whether it was granted (a superseded one may have been granted before). */
    public boolean granted() {
        return number != null && validFrom != null;
    }

    /** The first day it applies to: the granted validity's start, else the day it is needed from (null: any). */
    public LocalDate appliesFrom() {
        return granted() ? validFrom : neededFrom;
    }

    /** The last day it applies to: the granted validity's end and the day before a successor takes over. */
    public LocalDate appliesTo() {
        LocalDate end = granted() ? validTo : null;
        if (supersededFrom != null) {
            LocalDate dayBefore = supersededFrom.minusDays(1);
            end = end == null || dayBefore.isBefore(end) ? dayBefore : end;
        }
        return end;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() { return id; }
    public UUID participationId() { return participationId; }
    public UUID personId() { return personId; }
    public InstrumentKind kind() { return kind; }
    public DebtorKind debtorKind() { return debtorKind; }
    public String debtorName() { return debtorName; }
    public String issuer() { return issuer; }
    public String number() { return number; }
    public InstrumentStatus status() { return status; }
    public LocalDate neededFrom() { return neededFrom; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public BigDecimal amountLimit() { return amountLimit; }
    public LocalDate supersededFrom() { return supersededFrom; }
    public UUID supersededBy() { return supersededBy; }
}
