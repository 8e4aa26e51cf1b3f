package ch.so.integration.segmentation.goalagreement.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import ch.so.integration.segmentation.goalagreement.GoalAgreement;
import ch.so.integration.segmentation.goalagreement.GoalAgreementStatus;
import ch.so.integration.segmentation.goalagreement.Occasion;
import ch.so.integration.segmentation.integrationcase.Segment;

public record GoalAgreementView(UUID id, UUID caseId, UUID personId, Occasion occasion, UUID decisionId,
                                Segment segment, LocalDate agreedOn, GoalAgreementStatus status, LocalDate signedOn,
                                Scan scan, List<GoalView> goals) {

    public record GoalView(UUID id, String description, String indicator, LocalDate dueOn) {
    }

    /** The filed scan (SG-06): its document type from the filing plan and its SHA-256. */
    public record Scan(String documentType, String sha256, int size, OffsetDateTime filedAt) {
    }

    public static GoalAgreementView of(GoalAgreement g) {
        Scan scan = g.scanSha256().map(sha -> new Scan(g.scanDocumentType().orElseThrow(), sha,
                g.scanSize().orElseThrow(), g.filedAt().orElseThrow())).orElse(null);
        return new GoalAgreementView(g.id(), g.caseId(), g.personId(), g.occasion(), g.decisionId().orElse(null),
                g.segment().orElse(null), g.agreedOn(), g.status(), g.signedOn().orElse(null), scan,
                g.goals().stream().map(x -> new GoalView(x.id(), x.description(), x.indicator(), x.dueOn()))
                        .toList());
    }
}
