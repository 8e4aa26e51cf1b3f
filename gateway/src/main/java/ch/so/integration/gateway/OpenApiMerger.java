package ch.so.integration.gateway;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' OpenAPI documents into one for partners. Paths stay as they are (services already serve
 * under /api/{service}); each service's schemas get its name as prefix ({@code intake.PersonView}) so equal names
 * never collide, and every {@code $ref} is rewritten to match. Operations marked {@code x-internal: true} are
 * left out. Pure function: easy to test without any service running.
 */
final class OpenApiMerger {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private final ObjectMapper json;

    OpenApiMerger(ObjectMapper json) {
        this.json = json;
    }

    /** @param documents service name to its OpenAPI document (services that did not answer are simply absent) */
    ObjectNode merge(Map<String, JsonNode> documents, List<String> unavailable) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", documents.values().stream().map(d -> d.path("openapi").asText())
                .filter(v -> !v.isEmpty()).findFirst().orElse("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Integration suite API");
        info.put("version", "1.0");
        info.put("description", "Every partner-facing operation of the suite, through the gateway. "
                + "Authenticate with a bearer JWT from the suite's OIDC issuer. Errors are RFC 9457 problem details.");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = json.createObjectNode();
        ArrayNode tags = json.createArrayNode();

        documents.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String service = entry.getKey();
            JsonNode doc = rewriteRefs(entry.getValue().deepCopy(), service);
            doc.path("paths").fields().forEachRemaining(path -> {
                if (!path.getKey().startsWith("/api/" + service)) {
                    return;
                }
                ObjectNode operations = ((ObjectNode) path.getValue()).deepCopy();
                List<String> internal = new ArrayList<>();
                operations.fields().forEachRemaining(op -> {
                    if (op.getValue().path("x-internal").asBoolean(false)) {
                        internal.add(op.getKey());
                    }
                });
                internal.forEach(operations::remove);
                if (operations.size() > 0) {
                    paths.set(path.getKey(), operations);
                }
            });
            doc.path("components").path("schemas").fields()
                    .forEachRemaining(s -> schemas.set(service + "." + s.getKey(), s.getValue()));
            doc.path("tags").forEach(tag -> {
                ObjectNode t = tag.deepCopy();
                t.put("name", tag.path("name").asText());
                tags.add(t);
            });
        });
        if (!tags.isEmpty()) {
            merged.set("tags", tags);
        }
        ObjectNode components = merged.putObject("components");
        components.set("schemas", schemas);
        ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
        bearer.put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        merged.putArray("security").addObject().putArray("bearer");
        if (!unavailable.isEmpty()) {
            ArrayNode missing = merged.putArray("x-unavailable-services");
            unavailable.forEach(missing::add);
        }
        return merged;
    }

    /** Rewrites every {@code $ref} to a schema so it names the prefixed schema. */
    private static JsonNode rewriteRefs(JsonNode node, String service) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> replace = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if ("$ref".equals(field.getKey()) && field.getValue().isTextual()
                        && field.getValue().asText().startsWith(SCHEMA_REF)) {
                    String name = field.getValue().asText().substring(SCHEMA_REF.length());
                    replace.add(Map.entry(field.getKey(), new TextNode(SCHEMA_REF + service + "." + name)));
                } else {
                    rewriteRefs(field.getValue(), service);
                }
            }
            replace.forEach(r -> object.set(r.getKey(), r.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, service));
        }
        return node;
    }
}
