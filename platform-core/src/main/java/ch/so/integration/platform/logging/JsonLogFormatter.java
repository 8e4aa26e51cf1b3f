package ch.so.integration.platform.logging;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.logging.Handler;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ch.so.integration.platform.correlation.CorrelationId;

/**
 * One JSON object per log line: time, level, logger, thread, message, correlation id, service and, for errors,
 * the exception type and frames. Only the correlation id is taken from the MDC. Messages are written by our code,
 * which never logs personal data.
 */
public class JsonLogFormatter extends ExtFormatter {

    private static final JsonFactory JSON = new JsonFactory();

    private final String service;

    public JsonLogFormatter(String service) {
        this.service = service;
    }

    @Override
    public String format(ExtLogRecord record) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("time", DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(record.getMillis())));
            json.writeStringField("level", record.getLevel().getName());
            json.writeStringField("service", service);
            json.writeStringField("logger", record.getLoggerName());
            json.writeStringField("thread", record.getThreadName());
            json.writeStringField("message", formatMessage(record));
            String correlation = record.getMdc(CorrelationId.MDC_KEY);
            if (correlation != null) {
                json.writeStringField("correlationId", correlation);
            }
            if (record.getThrown() != null) {
                json.writeStringField("exception", record.getThrown().getClass().getName());
                StringBuilder frames = new StringBuilder();
                StackTraceElement[] trace = record.getThrown().getStackTrace();
                for (int i = 0; i < Math.min(20, trace.length); i++) {
                    frames.append(trace[i]).append('\n');
                }
                json.writeStringField("frames", frames.toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            return "{\"level\":\"ERROR\",\"message\":\"log record not serialisable\"}\n";
        }
        return out.append('\n').toString();
    }

    /** Replaces the formatter of every console handler (Quarkus wraps them in a delayed handler). */
    public static void install(String service) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            install(handler, new JsonLogFormatter(service));
        }
    }

    private static void install(Handler handler, JsonLogFormatter formatter) {
        if (handler instanceof ConsoleHandler console) {
            console.setFormatter(formatter);
        }
        if (handler instanceof ExtHandler ext) {
            for (Handler child : ext.getHandlers()) {
                install(child, formatter);
            }
        }
    }
}
