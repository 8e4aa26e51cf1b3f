package ch.so.integration.platform.events;

import java.util.Set;

/**
 * A consumer of events. Implement it as an {@code @ApplicationScoped} bean; the platform runs one Kafka consumer
 * per handler (group {@code <service>.<name>}), parses the CloudEvents envelope, and calls {@link #handle} inside a
 * transaction, at most once per event id. What {@code handle} writes commits together with the inbox row.
 *
 * <p>Throw {@link UnprocessableEventException} for an event no retry will fix: it goes to the service's
 * dead-letter topic with the reason and the consumer carries on. Transient failures (database unreachable) are
 * retried without limit; other failures {@code suite.consumer.max-attempts} times, then dead-lettered.
 */
public interface EventHandler {

    /** Unique within the service, e.g. {@code placements}. */
    String name();

    Set<String> topics();

    void handle(EventEnvelope event);
}
