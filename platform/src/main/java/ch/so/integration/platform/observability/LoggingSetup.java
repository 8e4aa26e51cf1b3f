package ch.so.integration.platform.observability;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import ch.so.integration.platform.config.PlatformConfig;
import ch.so.integration.platform.logging.JsonLogFormatter;
import io.quarkus.runtime.StartupEvent;

/** Switches the console to JSON lines first thing at start when {@code suite.log.json=true}. */
@ApplicationScoped
public class LoggingSetup {

    void onStart(@Observes @Priority(1) StartupEvent event, PlatformConfig config) {
        if (config.log().json()) {
            JsonLogFormatter.install(config.service());
        }
    }
}
