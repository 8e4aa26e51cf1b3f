package ch.so.integration.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import ch.so.integration.platform.events.EventJson;

/**
 * Pins events to the service's AsyncAPI 3 document: an envelope must validate against the payload schema the
 * document gives for its message, and equal the golden JSON kept beside the tests. If code and document drift
 * apart, or the shape changes without a new version, a test fails.
 */
public final class AsyncApiContract {

    private final JsonNode document;

    private AsyncApiContract(JsonNode document) {
        this.document = document;
    }

    public static AsyncApiContract load(Path asyncApiYaml) throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(asyncApiYaml));
        assertThat(doc.path("asyncapi").asText()).as("AsyncAPI version").startsWith("3.");
        return new AsyncApiContract(doc);
    }

    /** The message whose {@code name} is the CloudEvents type. */
    public JsonNode message(String eventType) {
        for (JsonNode message : document.path("components").path("messages")) {
            if (eventType.equals(message.path("name").asText())) {
                return message;
            }
        }
        throw new AssertionError("AsyncAPI document has no message named " + eventType);
    }

    /** The topic (channel address) a message is published on. */
    public String topicOf(String eventType) {
        String messageKey = null;
        var messages = document.path("components").path("messages").fields();
        while (messages.hasNext()) {
            var entry = messages.next();
            if (eventType.equals(entry.getValue().path("name").asText())) {
                messageKey = entry.getKey();
            }
        }
        for (JsonNode channel : document.path("channels")) {
            for (JsonNode ref : channel.path("messages")) {
                if (ref.path("$ref").asText().endsWith("/" + messageKey)) {
                    return channel.path("address").asText();
                }
            }
        }
        throw new AssertionError("no channel carries " + eventType);
    }

    /** Addresses of the channels the service sends to. */
    public Set<String> publishedTopics() {
        Set<String> topics = new java.util.TreeSet<>();
        for (JsonNode operation : document.path("operations")) {
            if ("send".equals(operation.path("action").asText())) {
                String ref = operation.path("channel").path("$ref").asText();
                String channel = ref.substring(ref.lastIndexOf('/') + 1);
                topics.add(document.path("channels").path(channel).path("address").asText());
            }
        }
        return topics;
    }

    public void assertValid(String eventType, JsonNode envelope) {
        String payloadRef = message(eventType).path("payload").path("$ref").asText();
        assertThat(payloadRef).as("payload of " + eventType + " is a $ref to components/schemas").startsWith("#/components/schemas/");
        ObjectNode root = ((ObjectNode) document.deepCopy());
        root.put("$ref", payloadRef);
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root);
        Set<ValidationMessage> errors = schema.validate(envelope);
        assertThat(errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet()))
                .as("%s against the AsyncAPI payload schema", eventType).isEmpty();
    }

    /** Compares with the golden file (the pinned shape) and validates it against the document. */
    public void assertPinned(String eventType, String envelopeJson, Path golden) throws IOException {
        JsonNode actual = EventJson.MAPPER.readTree(envelopeJson);
        JsonNode expected = EventJson.MAPPER.readTree(Files.readString(golden));
        assertThat(actual).as("event %s equals its pinned shape in %s", eventType, golden).isEqualTo(expected);
        assertValid(eventType, actual);
    }
}
