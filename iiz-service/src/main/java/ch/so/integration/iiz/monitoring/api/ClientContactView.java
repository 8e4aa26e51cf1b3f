package ch.so.integration.iiz.monitoring.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.iiz.monitoring.ClientContact;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientContactView(UUID id, UUID caseId, LocalDate contactOn, ClientContact.Channel channel,
                                ClientContact.InitiatedBy initiatedBy, String note, String addedBy, String member,
                                String institution, OffsetDateTime addedAt) {

    public static ClientContactView of(ClientContact c) {
        return new ClientContactView(c.id(), c.caseId(), c.contactOn(), c.channel(), c.initiatedBy(), c.note(),
                c.addedBy().user(), c.addedBy().member(), c.addedBy().institution(), c.addedAt());
    }
}
