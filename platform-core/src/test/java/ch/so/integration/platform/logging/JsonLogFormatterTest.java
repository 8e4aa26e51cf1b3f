package ch.so.integration.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonLogFormatterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("one valid JSON object per line, with the correlation id, even for quotes and newlines")
    void formatsOneJsonLine() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Event \"%s\" failed%nnext line", ExtLogRecord.FormatStyle.PRINTF,
                JsonLogFormatterTest.class.getName());
        record.setParameters(new Object[] {"e-1"});
        record.setLoggerName("ch.so.integration.test");
        record.setMdc(Map.of("correlationId", "corr-12345678", "other", "not logged"));

        String line = new JsonLogFormatter("intake").format(record);

        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = JSON.readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("WARNING");
        assertThat(json.path("service").asText()).isEqualTo("intake");
        assertThat(json.path("message").asText()).startsWith("Event \"e-1\" failed");
        assertThat(json.path("correlationId").asText()).isEqualTo("corr-12345678");
        assertThat(json.has("other")).as("only the correlation id is taken from the MDC").isFalse();
    }

    @Test
    @DisplayName("an exception is logged as its type and frames")
    void exceptionTypeAndFrames() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "boom", JsonLogFormatterTest.class.getName());
        record.setThrown(new IllegalStateException("detail"));

        JsonNode json = JSON.readTree(new JsonLogFormatter("gateway").format(record));

        assertThat(json.path("exception").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(json.path("frames").asText()).contains("JsonLogFormatterTest");
    }
}
