package ch.so.integration.intake.agreement.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What the participation agreement (Teilnahmevereinbarung, DC-12) says: pure data, no entities. The caller fills the
 * German labels (placement type, financing instrument, debtor) so that the renderer knows no domain enums.
 * Never carries the AHV number.
 *
 * <p>Every constructor checks its required fields and throws {@link IllegalArgumentException} naming the field
 * (for example {@code "placement.startDate is required"}). Lists may be {@code null} (taken as empty) and are copied.
 *
 * @param agreementId        the agreement's id, printed on every page
 * @param documentDate       the date printed on the document; also the PDF's creation date
 * @param institution        the institution that places the participant
 * @param participant        the participant
 * @param placement          type, dates, Pensum, work areas or programme lines
 * @param financing          how the placement is financed
 * @param noticePeriod       the notice period (DC-13)
 * @param collaborationRules the annex with the collaboration rules, e.g. «Zusammenarbeiten WG Treffpunkt»
 * @param signatures         place and signatories for the signature block; {@code null} prints blank lines
 * @param remarks            further agreements, free text, {@code null} for none; line breaks start new paragraphs
 */
public record AgreementContent(
        UUID agreementId,
        LocalDate documentDate,
        Institution institution,
        Participant participant,
        Placement placement,
        Financing financing,
        NoticePeriod noticePeriod,
        Annex collaborationRules,
        Signatures signatures,
        String remarks) {

    public AgreementContent {
        required(agreementId, "agreementId");
        required(documentDate, "documentDate");
        required(institution, "institution");
        required(participant, "participant");
        required(placement, "placement");
        required(financing, "financing");
        required(noticePeriod, "noticePeriod");
        required(collaborationRules, "collaborationRules");
        signatures = signatures == null ? Signatures.BLANK : signatures;
        remarks = blankToNull(remarks);
    }

    /**
     * @param name         the institution's name
     * @param addressLines its address, one line each (may be empty)
     */
    public record Institution(String name, List<String> addressLines) {
        public Institution {
            requiredText(name, "institution.name");
            addressLines = textList(addressLines, "institution.addressLines");
        }
    }

    /**
     * @param officialName the official (family) name, eCH-0044
     * @param firstName    the first name
     * @param dateOfBirth  the date of birth
     */
    public record Participant(String officialName, String firstName, LocalDate dateOfBirth) {
        public Participant {
            requiredText(officialName, "participant.officialName");
            requiredText(firstName, "participant.firstName");
            required(dateOfBirth, "participant.dateOfBirth");
        }

        /** First name and official name, as printed. */
        public String fullName() {
            return firstName.strip() + " " + officialName.strip();
        }
    }

    /**
     * @param typeLabel       the placement type in German, e.g. "IVSE B stationär (intern)"
     * @param startDate       the start of the placement
     * @param plannedEndDate  the planned end, {@code null} when open
     * @param pensumPercent   the Pensum in percent (1 to 100), {@code null} for types without a Pensum
     * @param workAreas       the work areas, may be empty (e.g. for AMI programmes)
     * @param details         further labelled lines, e.g. "Programm" / "Anbieter" for programmes; may be empty
     */
    public record Placement(String typeLabel, LocalDate startDate, LocalDate plannedEndDate, Integer pensumPercent,
                            List<String> workAreas, List<Line> details) {
        public Placement {
            requiredText(typeLabel, "placement.typeLabel");
            required(startDate, "placement.startDate");
            if (plannedEndDate != null && plannedEndDate.isBefore(startDate)) {
                throw new IllegalArgumentException("placement.plannedEndDate must not be before placement.startDate");
            }
            if (pensumPercent != null && (pensumPercent < 1 || pensumPercent > 100)) {
                throw new IllegalArgumentException("placement.pensumPercent must be between 1 and 100");
            }
            workAreas = textList(workAreas, "placement.workAreas");
            details = list(details, "placement.details");
        }
    }

    /** A labelled line, e.g. {@code new Line("Programm", "Deutsch im Alltag")}. */
    public record Line(String label, String value) {
        public Line {
            requiredText(label, "line.label");
            requiredText(value, "line.value");
        }
    }

    /**
     * @param instrumentLabel  e.g. "Kostengutsprache (KGS)", "Kostenübernahmegarantie (KÜG)", "Persönliches Budget"
     * @param debtorLabel      who pays, e.g. "Amt für Gesellschaft und Soziales" or a social office
     * @param reference        the instrument's reference or number, {@code null} when none
     * @param participantShare what the participant pays, as text (e.g. "50 % der Kurskosten"), {@code null} for none
     */
    public record Financing(String instrumentLabel, String debtorLabel, String reference, String participantShare) {
        public Financing {
            requiredText(instrumentLabel, "financing.instrumentLabel");
            requiredText(debtorLabel, "financing.debtorLabel");
            reference = blankToNull(reference);
            participantShare = blankToNull(participantShare);
        }
    }

    /**
     * At least one of the two is required.
     *
     * @param text e.g. "1 Monat auf Ende eines Monats", {@code null} when only days are given
     * @param days the notice period in days, {@code null} when only the text is given
     */
    public record NoticePeriod(String text, Integer days) {
        public NoticePeriod {
            text = blankToNull(text);
            if (text == null && days == null) {
                throw new IllegalArgumentException("noticePeriod.text or noticePeriod.days is required");
            }
            if (days != null && days < 0) {
                throw new IllegalArgumentException("noticePeriod.days must not be negative");
            }
        }
    }

    /**
     * @param title   the annex's title, e.g. "Zusammenarbeiten WG Treffpunkt"
     * @param version its version or date, e.g. "Version 3 vom 01.01.2026"
     */
    public record Annex(String title, String version) {
        public Annex {
            requiredText(title, "collaborationRules.title");
            requiredText(version, "collaborationRules.version");
        }
    }

    /**
     * The signature block; every field may be {@code null}.
     *
     * @param place                 pre-printed place, e.g. "Solothurn"; {@code null} leaves the line blank
     * @param participantSignatory  name printed under the participant's line; {@code null} prints the participant
     * @param institutionSignatory  name (and function) printed under the institution's line; {@code null} prints
     *                              the institution's name
     */
    public record Signatures(String place, String participantSignatory, String institutionSignatory) {
        public static final Signatures BLANK = new Signatures(null, null, null);

        public Signatures {
            place = blankToNull(place);
            participantSignatory = blankToNull(participantSignatory);
            institutionSignatory = blankToNull(institutionSignatory);
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static void requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> textList(List<String> values, String field) {
        List<String> copy = list(values, field);
        for (String value : copy) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(field + " must not contain blank entries");
            }
        }
        return copy;
    }

    private static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + " must not contain null entries");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }
}
