package ch.so.integration.billing.invoice;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A participant's month the run could not invoice (AM-05: no granted cost approval; AM-01: tariff above the
 * maximum; AM-07: no schedule; DC-05: month not closed; ...): the back office acts, and a later run invoices it and
 * resolves the item.
 */
@Entity
@Table(name = "open_item")
public class OpenItem {

    public enum Status { OPEN, RESOLVED }

    @Id
    private UUID id;

    @Column(name = "creditor_id", nullable = false, updatable = false)
    private UUID creditorId;

    @Column(nullable = false, updatable = false)
    private String month;

    @Column(name = "participation_id", nullable = false, updatable = false)
    private UUID participationId;

    @Column(nullable = false)
    private String participant;

    @Column(nullable = false)
    private String rule;

    @Column(nullable = false)
    private String reason;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Version
    private long version;

    protected OpenItem() {
    }

    static OpenItem open(UUID creditorId, String month, MonthBilling.Open open, OffsetDateTime now) {
        OpenItem item = new OpenItem();
        item.id = UUID.randomUUID();
        item.creditorId = creditorId;
        item.month = month;
        item.participationId = open.participationId();
        item.status = Status.OPEN;
        item.openedAt = now;
        item.update(open, now);
        return item;
    }

    /** @return whether anything changed (a repeated run with the same reason changes nothing) */
    boolean update(MonthBilling.Open open, OffsetDateTime now) {
        String reason = open.reason() == null || open.reason().isBlank() ? open.rule() : open.reason();
        reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        boolean same = status == Status.OPEN && open.rule().equals(rule) && reason.equals(this.reason)
                && open.participant().equals(participant)
                && (amount == null ? open.amount() == null : open.amount() != null && amount.compareTo(open.amount()) == 0);
        if (same) {
            return false;
        }
        this.participant = open.participant();
        this.rule = open.rule();
        this.reason = reason;
        this.amount = open.amount();
        if (status == Status.RESOLVED) {
            this.openedAt = now;
        }
        this.status = Status.OPEN;
        this.resolvedAt = null;
        this.updatedAt = now;
        return true;
    }

    /** @return whether it was open */
    boolean resolve(OffsetDateTime now) {
        if (status == Status.RESOLVED) {
            return false;
        }
        status = Status.RESOLVED;
        resolvedAt = now;
        updatedAt = now;
        return true;
    }

    public UUID id() { return id; }
    public UUID creditorId() { return creditorId; }
    public String month() { return month; }
    public UUID participationId() { return participationId; }
    public String participant() { return participant; }
    public String rule() { return rule; }
    public String reason() { return reason; }
    public BigDecimal amount() { return amount; }
    public Status status() { return status; }
    public OffsetDateTime openedAt() { return openedAt; }
    public OffsetDateTime resolvedAt() { return resolvedAt; }
}
