package ch.so.integration.iiz.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.iiz.casespace.Contributor;
import ch.so.integration.platform.web.ProblemException;

/** IZ-09: a contact between the client and the case team (the client can reach the team at any time), logged. */
@Entity
@Table(name = "iiz_client_contact")
public class ClientContact {

    public enum Channel { PHONE, EMAIL, MEETING, LETTER, OTHER }

    public enum InitiatedBy { CLIENT, TEAM }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "contact_on", nullable = false)
    private LocalDate contactOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiated_by", nullable = false, length = 20)
    private InitiatedBy initiatedBy;

    @Column(nullable = false, length = 4000)
    private String note;

    @Embedded
    private Contributor addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected ClientContact() {
    }

    public static ClientContact log(UUID caseId, LocalDate contactOn, Channel channel, InitiatedBy initiatedBy,
                                    String note, Contributor by, Clock clock) {
        if (contactOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("contactOn", "must not lie in the future");
        }
        ClientContact contact = new ClientContact();
        contact.id = UUID.randomUUID();
        contact.caseId = caseId;
        contact.contactOn = contactOn;
        contact.channel = channel;
        contact.initiatedBy = initiatedBy;
        contact.note = note.strip();
        contact.addedBy = by;
        contact.addedAt = OffsetDateTime.now(clock);
        return contact;
    }

    String fingerprint() {
        return contactOn + "|" + channel + "|" + initiatedBy + "|" + note;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public LocalDate contactOn() { return contactOn; }
    public Channel channel() { return channel; }
    public InitiatedBy initiatedBy() { return initiatedBy; }
    public String note() { return note; }
    public Contributor addedBy() { return addedBy; }
    public OffsetDateTime addedAt() { return addedAt; }
}
