package ch.so.integration.platform.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one envelope of every event: CloudEvents 1.0 in structured JSON mode, plus the {@code correlationid}
 * extension attribute. {@code subject} is the aggregate id and also the Kafka key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"specversion", "id", "source", "type", "subject", "time", "datacontenttype", "correlationid", "data"})
public record EventEnvelope(String specversion, String id, String source, String type, String subject,
                            OffsetDateTime time, String datacontenttype, String correlationid, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Kafka {@code content-type} header value for structured-mode CloudEvents. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static EventEnvelope wrap(String service, DomainEvent event, UUID id, OffsetDateTime time,
                                     String correlationId) {
        EventType eventType = EventNames.annotationOf(event.getClass());
        return new EventEnvelope(SPEC_VERSION, id.toString(), EventNames.source(service),
                EventNames.type(service, eventType), event.aggregateId(),
                time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), DATA_CONTENT_TYPE,
                correlationId, EventJson.MAPPER.valueToTree(event));
    }

    public UUID eventId() {
        return UUID.fromString(id);
    }

    public String toJson() {
        try {
            return EventJson.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event envelope not serialisable", e);
        }
    }

    /** Reads the data as the consumer's own view of the event (a tolerant reader: unknown fields are ignored). */
    public <T> T dataAs(Class<T> type) {
        try {
            return EventJson.MAPPER.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException("data of " + this.type + " does not match the expected shape"
                    + pathOf(e), e);
        }
    }

    private static String pathOf(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return " (at " + path + ")";
        }
        return "";
    }

    /**
     * Parses and validates an envelope received from Kafka.
     *
     * @throws UnprocessableEventException when it is not JSON or not a CloudEvents 1.0 envelope we can process
     */
    public static EventEnvelope parse(String json) {
        if (json == null || json.isBlank()) {
            throw new UnprocessableEventException("empty message");
        }
        JsonNode node;
        try {
            node = EventJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnprocessableEventException("not valid JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (!(node instanceof ObjectNode)) {
            throw new UnprocessableEventException("not a JSON object");
        }
        List<String> missing = new ArrayList<>();
        for (String attribute : List.of("specversion", "id", "source", "type", "subject", "time", "data")) {
            if (!node.hasNonNull(attribute)) {
                missing.add(attribute);
            }
        }
        if (!missing.isEmpty()) {
            throw new UnprocessableEventException("missing CloudEvents attribute(s): " + String.join(", ", missing));
        }
        if (!SPEC_VERSION.equals(node.get("specversion").asText())) {
            throw new UnprocessableEventException("unsupported specversion (expected 1.0)");
        }
        EventEnvelope envelope;
        try {
            envelope = EventJson.MAPPER.treeToValue(node, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new UnprocessableEventException("envelope attributes have the wrong format" + pathOf(e));
        }
        try {
            UUID.fromString(envelope.id());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("id is not a UUID");
        }
        if (!envelope.type().startsWith(EventNames.TYPE_PREFIX) || !envelope.type().matches(".*\\.v\\d+$")) {
            throw new UnprocessableEventException("type is not a versioned suite event type");
        }
        if (!envelope.data().isObject()) {
            throw new UnprocessableEventException("data is not a JSON object");
        }
        return envelope;
    }
}
