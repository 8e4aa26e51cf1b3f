package ch.so.integration.intake.placement.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import ch.so.integration.intake.placement.Mutation;
import ch.so.integration.intake.placement.MutationKind;

public record MutationView(MutationKind kind, LocalDate effectiveDate, String from, String to, UUID assessmentId,
                           OffsetDateTime recordedAt) {

    public static MutationView of(Mutation m) {
        return new MutationView(m.kind(), m.effectiveDate(), m.fromValue(), m.toValue(), m.assessmentId(),
                m.recordedAt());
    }
}
