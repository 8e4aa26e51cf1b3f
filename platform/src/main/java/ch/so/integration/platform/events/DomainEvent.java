package ch.so.integration.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact an aggregate registers when a guarded state change happens. Implementations are records annotated
 * with {@link EventType}; the record's components are the event's {@code data}. Personal data only as far as a
 * consumer's rule needs it; never an AHV number.
 */
public interface DomainEvent {

    /** The aggregate's id: the event's CloudEvents {@code subject} and its Kafka key. */
    @JsonIgnore
    String aggregateId();
}
