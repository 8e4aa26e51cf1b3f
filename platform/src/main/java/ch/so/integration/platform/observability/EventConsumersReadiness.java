package ch.so.integration.platform.observability;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import ch.so.integration.platform.events.EventConsumers;

/** Ready once every event consumer has joined its consumer group, so events are processed as soon as they come. */
@Readiness
@ApplicationScoped
public class EventConsumersReadiness implements HealthCheck {

    private final EventConsumers consumers;

    EventConsumersReadiness(EventConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> waiting = consumers.notJoined();
        return HealthCheckResponse.named("event-consumers").status(waiting.isEmpty())
                .withData("notJoined", String.join(",", waiting)).build();
    }
}
