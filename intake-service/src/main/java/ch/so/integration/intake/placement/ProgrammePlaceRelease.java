package ch.so.integration.intake.placement;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * An exit with notice keeps the programme place until the last day; every hour this gives back the places whose
 * last day has passed (AM-04 free places).
 */
@ApplicationScoped
public class ProgrammePlaceRelease {

    private static final Logger LOG = Logger.getLogger(ProgrammePlaceRelease.class);

    private final PlacementService placements;
    private ScheduledExecutorService scheduler;

    ProgrammePlaceRelease(PlacementService placements) {
        this.placements = placements;
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("programme-place-release").daemon().unstarted(r));
        scheduler.scheduleWithFixedDelay(this::run, 1, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    void run() {
        try {
            int released = placements.releaseDueProgrammePlaces();
            if (released > 0) {
                LOG.infof("Gave back %d programme places after their last day", released);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Giving back programme places failed (%s); retrying in an hour", e.getClass().getSimpleName());
        }
    }
}
