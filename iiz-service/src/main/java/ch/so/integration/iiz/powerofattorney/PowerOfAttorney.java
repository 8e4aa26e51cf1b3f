package ch.so.integration.iiz.powerofattorney;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-01: the power of attorney (Vollmacht) the client signed at registration: when, for which institutions, until
 * when, and where the signed scan is filed. Data is shared with an institution only while a Vollmacht covers it;
 * a revocation ends it at once, the closure lets it lapse (IZ-10).
 */
@Entity
@Table(name = "iiz_power_of_attorney")
public class PowerOfAttorney {

    public static final String RULE = "IZ-01";
    public static final int MAX_INSTITUTION_LENGTH = 60;
    public static final int MAX_SCAN_REFERENCE_LENGTH = 200;
    public static final int MAX_INSTITUTIONS = 30;

    /** How a Vollmacht ended. */
    public enum EndReason { REVOKED, LAPSED }

    /** Its state on a given day. */
    public enum State { VALID, EXPIRED, REVOKED, LAPSED }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "scan_reference", nullable = false, length = MAX_SCAN_REFERENCE_LENGTH)
    private String scanReference;

    @ElementCollection
    @CollectionTable(name = "iiz_power_of_attorney_institution",
            joinColumns = @JoinColumn(name = "power_of_attorney_id"))
    @Column(name = "institution", nullable = false, length = MAX_INSTITUTION_LENGTH)
    private Set<String> institutions = new HashSet<>();

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Version
    private long version;

    protected PowerOfAttorney() {
    }

    /**
     * IZ-01: records a signed Vollmacht. It must be signed (not in the future), still valid today, name at least one
     * institution, and reference the filed scan.
     */
    public static PowerOfAttorney record(UUID caseId, LocalDate signedOn, LocalDate validUntil,
                                         List<String> institutions, String scanReference, String recordedBy,
                                         Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new java.util.ArrayList<>();
        if (signedOn == null) {
            errors.add(new FieldError("signedOn", "is required"));
        } else if (signedOn.isAfter(today)) {
            errors.add(new FieldError("signedOn", "must not lie in the future"));
        }
        if (validUntil == null) {
            errors.add(new FieldError("validUntil", "is required"));
        } else if (validUntil.isBefore(today)) {
            errors.add(new FieldError("validUntil", "must not lie in the past: an expired Vollmacht shares nothing"));
        } else if (signedOn != null && validUntil.isBefore(signedOn)) {
            errors.add(new FieldError("validUntil", "must not lie before signedOn"));
        }
        Set<String> covered = new HashSet<>();
        if (institutions == null || institutions.isEmpty()) {
            errors.add(new FieldError("institutions", "at least one institution is required"));
        } else if (institutions.size() > MAX_INSTITUTIONS) {
            errors.add(new FieldError("institutions", "at most " + MAX_INSTITUTIONS + " institutions"));
        } else {
            for (int i = 0; i < institutions.size(); i++) {
                String institution = institutions.get(i);
                if (institution == null || institution.isBlank()) {
                    errors.add(new FieldError("institutions[" + i + "]", "is required"));
                } else if (institution.strip().length() > MAX_INSTITUTION_LENGTH) {
                    errors.add(new FieldError("institutions[" + i + "]",
                            "must be at most " + MAX_INSTITUTION_LENGTH + " characters"));
                } else {
                    covered.add(institution.strip());
                }
            }
        }
        if (scanReference == null || scanReference.isBlank()) {
            errors.add(new FieldError("scanReference", "is required"));
        } else if (scanReference.strip().length() > MAX_SCAN_REFERENCE_LENGTH) {
            errors.add(new FieldError("scanReference", "must be at most " + MAX_SCAN_REFERENCE_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        PowerOfAttorney p = new PowerOfAttorney();
        p.id = UUID.randomUUID();
        p.caseId = caseId;
        p.signedOn = signedOn;
        p.validUntil = validUntil;
        p.institutions.addAll(covered);
        p.scanReference = scanReference.strip();
        p.recordedBy = recordedBy;
        p.recordedAt = OffsetDateTime.now(clock);
        return p;
    }

    /** IZ-01: the client revoked the Vollmacht; access ends at once. */
    public void revoke(String account, Clock clock) {
        if (endReason != null) {
            throw ProblemException.rule(RULE, "IZ-01: this Vollmacht already ended (" + endReason + " on " + endedOn
                    + ").");
        }
        end(EndReason.REVOKED, account, clock);
    }

    /** IZ-10: the closure lets the Vollmacht lapse (the client gets a letter). No-op when it already ended. */
    public void lapse(String account, Clock clock) {
        if (endReason == null) {
            end(EndReason.LAPSED, account, clock);
        }
    }

    private void end(EndReason reason, String account, Clock clock) {
        endReason = reason;
        endedOn = LocalDate.now(clock);
        endedBy = account;
    }

    /** IZ-01: signed, not ended, not expired on that day. */
    public boolean isValidOn(LocalDate day) {
        return endReason == null && !day.isBefore(signedOn) && !day.isAfter(validUntil);
    }

    /** IZ-01: valid on that day and naming the institution. */
    public boolean covers(String institution, LocalDate day) {
        return isValidOn(day) && institutions.contains(institution);
    }

    public State stateOn(LocalDate day) {
        if (endReason == EndReason.REVOKED) {
            return State.REVOKED;
        }
        if (endReason == EndReason.LAPSED) {
            return State.LAPSED;
        }
        return day.isAfter(validUntil) ? State.EXPIRED : State.VALID;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String scanReference() {
        return scanReference;
    }

    /** The covered institutions, sorted. */
    public List<String> institutions() {
        return institutions.stream().sorted().toList();
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Optional<EndReason> endReason() {
        return Optional.ofNullable(endReason);
    }
}
