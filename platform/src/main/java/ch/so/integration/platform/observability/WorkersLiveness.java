package ch.so.integration.platform.observability;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import ch.so.integration.platform.events.EventConsumers;
import ch.so.integration.platform.events.OutboxRelay;

/** Live while the outbox relay and every event consumer thread run; a dead worker needs a restart. */
@Liveness
@ApplicationScoped
public class WorkersLiveness implements HealthCheck {

    private final OutboxRelay relay;
    private final EventConsumers consumers;

    WorkersLiveness(OutboxRelay relay, EventConsumers consumers) {
        this.relay = relay;
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> stopped = consumers.stopped();
        boolean up = relay.isRunning() && stopped.isEmpty();
        return HealthCheckResponse.named("event-workers").status(up)
                .withData("outboxRelay", relay.isRunning() ? "running" : "stopped")
                .withData("stoppedConsumers", String.join(",", stopped))
                .build();
    }
}
