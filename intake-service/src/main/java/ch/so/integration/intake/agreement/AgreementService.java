package ch.so.integration.intake.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.agreement.api.AgreementView;
import ch.so.integration.intake.agreement.api.SignatureRequest;
import ch.so.integration.intake.agreement.document.AgreementContent;
import ch.so.integration.intake.agreement.document.AgreementDocument;
import ch.so.integration.intake.config.IntakeConfig;
import ch.so.integration.intake.financing.FinancingInstrument;
import ch.so.integration.intake.financing.FinancingInstruments;
import ch.so.integration.intake.financing.InstrumentStatus;
import ch.so.integration.intake.person.Person;
import ch.so.integration.intake.person.Persons;
import ch.so.integration.intake.placement.ModuleBooking;
import ch.so.integration.intake.placement.Placement;
import ch.so.integration.intake.placement.PlacementType;
import ch.so.integration.intake.placement.Placements;
import ch.so.integration.intake.programme.Programme;
import ch.so.integration.intake.programme.Programmes;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.web.ProblemException;

/** The participation agreement (DC-12): its document, and its signature. */
@ApplicationScoped
public class AgreementService {

    static final String RESOURCE = "agreement";
    private static final DateTimeFormatter SWISS_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Agreements agreements;
    private final Placements placements;
    private final Persons persons;
    private final Programmes programmes;
    private final FinancingInstruments instruments;
    private final AuditLog audit;
    private final IntakeConfig config;
    private final Clock clock;

    AgreementService(Agreements agreements, Placements placements, Persons persons, Programmes programmes,
                     FinancingInstruments instruments, AuditLog audit, IntakeConfig config, Clock clock) {
        this.agreements = agreements;
        this.placements = placements;
        this.persons = persons;
        this.programmes = programmes;
        this.instruments = instruments;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public AgreementView get(UUID id) {
        Agreement agreement = find(id);
        audit.record(AuditAction.READ, RESOURCE, id, agreement.personId());
        return AgreementView.of(agreement);
    }

    @Transactional
    public AgreementView ofPlacement(UUID placementId) {
        Agreement agreement = agreements.ofPlacement(placementId)
                .orElseThrow(() -> ProblemException.notFound("agreement of placement", placementId));
        audit.record(AuditAction.READ, RESOURCE, agreement.id(), agreement.personId());
        return AgreementView.of(agreement);
    }

    /** DC-12: records who signed when, and the signed scan's reference. */
    @Transactional
    public AgreementView sign(UUID id, SignatureRequest request) {
        Agreement agreement = find(id);
        Placement placement = placements.byId(agreement.placementId()).orElseThrow();
        if (!placement.status().isOpen()) {
            throw ProblemException.conflict("The placement is " + placement.status()
                    + "; its agreement can no longer be signed.");
        }
        byte[] document = render(agreement);
        agreement.sign(request.signedOn(), request.signedBy(), request.institutionSignatory(), request.scanReference(),
                document, clock);
        audit.record(AuditAction.UPDATE, RESOURCE, id, agreement.personId());
        return AgreementView.of(agreement);
    }

    /**
     * The agreement as a PDF: before the signature from the placement's current terms, to print and sign; after it
     * the document as it was when the signature was recorded (kept with its SHA-256), never re-rendered.
     */
    @Transactional
    public byte[] document(UUID id) {
        Agreement agreement = find(id);
        audit.record(AuditAction.READ, RESOURCE, id, agreement.personId());
        return agreement.signedDocument().orElseGet(() -> render(agreement));
    }

    /** The document from the placement's current terms (before the signature). */
    private byte[] render(Agreement agreement) {
        Placement placement = placements.byId(agreement.placementId()).orElseThrow();
        Person person = persons.byId(agreement.personId()).orElseThrow();
        FinancingInstrument instrument = instruments.currentOf(placement.id()).orElse(null);
        Programme programme = placement.programmeId() == null ? null
                : programmes.byId(placement.programmeId()).orElse(null);
        return AgreementDocument.render(content(agreement, placement, person, instrument, programme));
    }

    private AgreementContent content(Agreement agreement, Placement placement, Person person,
                                     FinancingInstrument instrument, Programme programme) {
        List<String> partnerAddress = new ArrayList<>();
        if (placement.type().isDayCenter()) {
            partnerAddress.add(config.institution().address());
        } else if (programme != null) {
            partnerAddress.add(programme.postalCode() + " " + programme.town());
        }
        List<AgreementContent.Line> details = new ArrayList<>();
        LocalDate plannedEnd = null;
        if (programme != null) {
            details.add(new AgreementContent.Line("Programm", programme.name() + " (" + programme.type().label() + ")"));
            details.add(new AgreementContent.Line("Anbieter", programme.providerName()));
        }
        if (placement.type() == PlacementType.PASST_GENAU) {
            for (ModuleBooking module : placement.modules()) {
                details.add(new AgreementContent.Line(module.module().label(),
                        SWISS_DATE.format(module.plannedStart()) + " bis " + SWISS_DATE.format(module.plannedEnd())
                                + (module.plannedHours() > 0 ? ", " + module.plannedHours() + " Fachleistungsstunden" : "")
                                + (module.ifdMandateReference() == null ? "" : ", IFD-Auftrag " + module.ifdMandateReference())));
                plannedEnd = plannedEnd == null || module.plannedEnd().isAfter(plannedEnd) ? module.plannedEnd() : plannedEnd;
            }
        }
        if (placement.billingBasisPensumPercent() != null && !placement.billingBasisPensumPercent().equals(placement.pensumPercent())) {
            details.add(new AgreementContent.Line("Pensum für die Monatspauschale",
                    placement.billingBasisPensumPercent() + " % (kein externer Tagesstrukturplatz, DC-07)"));
        }
        AgreementContent.Financing financing = instrument == null
                ? new AgreementContent.Financing("noch nicht bestimmt", "noch nicht bestimmt", null, null)
                : new AgreementContent.Financing(instrument.kind().label(),
                        instrument.debtor().label() + (instrument.debtorName() == null ? "" : ": " + instrument.debtorName()),
                        instrument.status() == InstrumentStatus.GRANTED
                                ? instrument.number() + " (" + instrument.issuer() + ")" : "beantragt",
                        instrument.participantSharePercent() > 0 ? instrument.participantSharePercent() + " % der Kosten" : null);
        NoticePeriod notice = agreement.noticePeriod();
        return new AgreementContent(agreement.id(), agreement.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate(),
                new AgreementContent.Institution(agreement.partnerName(), partnerAddress),
                new AgreementContent.Participant(person.officialName(), person.firstName(), person.dateOfBirth()),
                new AgreementContent.Placement(placement.type().label(), placement.startDate(),
                        placement.endDate() != null ? placement.endDate() : plannedEnd, placement.pensumPercent(),
                        placement.type().isDayCenter() ? placement.workAreas() : List.of(), details),
                financing,
                new AgreementContent.NoticePeriod(notice.text(), null),
                new AgreementContent.Annex(agreement.collaborationRulesReference(), agreement.collaborationRulesVersion()),
                agreement.signed() ? new AgreementContent.Signatures(null, agreement.signedBy(),
                        agreement.institutionSignatory()) : AgreementContent.Signatures.BLANK,
                null);
    }

    private Agreement find(UUID id) {
        return agreements.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }
}
