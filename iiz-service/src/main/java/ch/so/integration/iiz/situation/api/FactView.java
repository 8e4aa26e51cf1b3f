package ch.so.integration.iiz.situation.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.iiz.situation.SituationFact;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactView(UUID id, UUID caseId, String text, String source, String addedBy, String member,
                       String institution, OffsetDateTime addedAt) {

    public static FactView of(SituationFact f) {
        return new FactView(f.id(), f.caseId(), f.text(), f.addedBy().source(), f.addedBy().user(),
                f.addedBy().member(), f.addedBy().institution(), f.addedAt());
    }
}
