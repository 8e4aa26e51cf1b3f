package ch.so.integration.intake.financing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import ch.so.integration.intake.placement.PlacementType;
import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.web.ProblemException;

/**
 * The financing instrument a placement rests on (DC-14): requested when the placement is made or its financing
 * changes, then granted (number, issuer, validity, amount or limit) or refused by the financing body. A placement
 * starts only with a granted instrument that covers its start.
 */
@Entity
@Table(name = "financing_instrument")
public class FinancingInstrument {

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "placement_type", nullable = false, length = 40)
    private PlacementType placementType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InstrumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Debtor debtor;

    @Column(name = "debtor_name", length = 120)
    private String debtorName;

    @Column(name = "participant_share_percent", nullable = false)
    private int participantSharePercent;

    @Column(nullable = false, length = 10)
    private String rule;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(name = "needed_from", nullable = false)
    private LocalDate neededFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstrumentStatus status;

    @Column(length = 60)
    private String number;

    @Column(length = 120)
    private String issuer;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "amount_limit", precision = 12, scale = 2)
    private BigDecimal amountLimit;

    @Column(name = "refusal_reason", length = 500)
    private String refusalReason;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private long version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    protected FinancingInstrument() {
    }

    /**
     * Requests the instrument a decision names and registers {@link FinancingInstrumentRequested}.
     *
     * @param debtorName the social office's name where the debtor is the social office
     */
    public static FinancingInstrument request(UUID placementId, UUID personId, PlacementType placementType,
                                              FinancingDecision decision, String debtorName, LocalDate neededFrom,
                                              Clock clock) {
        if (!decision.financeable()) {
            throw new IllegalArgumentException("no instrument for a refused financing decision");
        }
        FinancingInstrument instrument = new FinancingInstrument();
        instrument.id = UUID.randomUUID();
        instrument.placementId = placementId;
        instrument.personId = personId;
        instrument.placementType = placementType;
        instrument.kind = decision.instrument();
        instrument.debtor = decision.debtor();
        instrument.debtorName = debtorName;
        instrument.participantSharePercent = decision.participantSharePercent();
        instrument.rule = decision.rule();
        instrument.reason = decision.reason();
        instrument.neededFrom = neededFrom;
        instrument.status = InstrumentStatus.REQUESTED;
        instrument.requestedAt = OffsetDateTime.now(clock);
        instrument.events.add(new FinancingInstrumentRequested(instrument.id, placementId, personId, placementType,
                instrument.kind, instrument.debtor, debtorName, instrument.participantSharePercent, neededFrom,
                instrument.rule));
        return instrument;
    }

    /** The financing body granted it. */
    public void grant(String number, String issuer, LocalDate validFrom, LocalDate validTo, BigDecimal amountLimit,
                      Clock clock) {
        requireRequested();
        if (amountLimit == null && kind != InstrumentKind.EVIDENCE_DIRECT) {
            throw ProblemException.invalidField("amountLimit", "is required: the amount or cost limit granted "
                    + "(only direct billing via Evidence has none)");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw ProblemException.invalidField("validTo", "must not lie before validFrom");
        }
        this.status = InstrumentStatus.GRANTED;
        this.number = number.strip();
        this.issuer = issuer.strip();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.amountLimit = amountLimit;
        this.decidedAt = OffsetDateTime.now(clock);
        events.add(new FinancingInstrumentGranted(id, placementId, personId, kind, debtor, debtorName,
                participantSharePercent, this.number, this.issuer, validFrom, validTo, amountLimit));
    }

    /** The financing body refused it; the placement cannot start on it. */
    public void refuse(String reason, Clock clock) {
        requireRequested();
        this.status = InstrumentStatus.REFUSED;
        this.refusalReason = reason.strip();
        this.decidedAt = OffsetDateTime.now(clock);
        events.add(new FinancingInstrumentRefused(id, placementId, personId, kind));
    }

    /** A mutation needs another instrument; this one no longer applies from {@code effectiveDate} on. */
    void supersede(LocalDate effectiveDate, UUID successor, Clock clock) {
        if (status == InstrumentStatus.REQUESTED || status == InstrumentStatus.GRANTED) {
            this.status = InstrumentStatus.SUPERSEDED;
            this.decidedAt = OffsetDateTime.now(clock);
            events.add(new FinancingInstrumentSuperseded(id, placementId, personId, kind, effectiveDate, successor));
        }
    }

    private void requireRequested() {
        if (status != InstrumentStatus.REQUESTED) {
            throw ProblemException.rule("DC-14",
                    "The instrument is " + status + "; only a requested instrument can be granted or refused.");
        }
    }

    /** Whether this instrument is granted and valid on a day. */
    public boolean coversDay(LocalDate day) {
        return status == InstrumentStatus.GRANTED && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the decision asks for the same instrument and debtor as this one. */
    public boolean matches(FinancingDecision decision) {
        return kind == decision.instrument() && debtor == decision.debtor();
    }

    public boolean isCurrent() {
        return status == InstrumentStatus.REQUESTED || status == InstrumentStatus.GRANTED;
    }

    public List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    public UUID id() { return id; }
    public UUID placementId() { return placementId; }
    public UUID personId() { return personId; }
    public PlacementType placementType() { return placementType; }
    public InstrumentKind kind() { return kind; }
    public Debtor debtor() { return debtor; }
    public String debtorName() { return debtorName; }
    public int participantSharePercent() { return participantSharePercent; }
    public String rule() { return rule; }
    public String reason() { return reason; }
    public LocalDate neededFrom() { return neededFrom; }
    public InstrumentStatus status() { return status; }
    public String number() { return number; }
    public String issuer() { return issuer; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public BigDecimal amountLimit() { return amountLimit; }
    public String refusalReason() { return refusalReason; }
    public OffsetDateTime requestedAt() { return requestedAt; }
    public OffsetDateTime decidedAt() { return decidedAt; }
}
