package ch.so.integration.segmentation.integrationcase;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * SG-04: every hour, publishes ReviewDue for each case whose review fell due (once per due review: the case
 * remembers it). A plain scheduled executor (quarkus-scheduler is not on the mirror); {@link #run()} is also what
 * tests call.
 */
@ApplicationScoped
public class ReviewDueJob {

    static final Actor ACTOR = Actor.system("review-due");
    private static final Logger LOG = Logger.getLogger(ReviewDueJob.class);
    private static final int BATCH = 200;

    private final IntegrationCaseService service;
    private ScheduledExecutorService scheduler;

    ReviewDueJob(IntegrationCaseService service) {
        this.service = service;
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("review-due").daemon().unstarted(r));
        scheduler.scheduleWithFixedDelay(this::runLogged, 1, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** @return how many ReviewDue events it published */
    public synchronized int run() throws Exception {
        return Actors.runAs(ACTOR, () -> announceAll(service::dueUnannounced, service::announceDue, BATCH));
    }

    /**
     * SG-04: announces every due case, each in its own transaction ({@code announce}). A case that fails is logged
     * (exception type and case id only: no personal data), skipped for the rest of this run and tried again in the
     * next; it does not hold back the cases after it.
     *
     * @param due      the ids of due, unannounced cases, at most the given number
     * @param announce announces one case; true when it published ReviewDue
     * @return how many cases were announced
     */
    static int announceAll(IntFunction<List<UUID>> due, Predicate<UUID> announce, int batch) {
        // cases that failed, or that the case itself declined: not asked again in this run
        Set<UUID> skip = new HashSet<>();
        int announced = 0;
        while (true) {
            int limit = batch + skip.size();
            List<UUID> ids = due.apply(limit);
            int tried = 0;
            for (UUID id : ids) {
                if (!skip.add(id)) {
                    continue;
                }
                tried++;
                try {
                    if (announce.test(id)) {
                        announced++;
                        skip.remove(id);
                    }
                } catch (RuntimeException e) {
                    LOG.errorf("Announcing the due review of case %s failed (%s); the other cases go on, this one is "
                            + "tried again in the next run", id, e.getClass().getSimpleName());
                }
            }
            if (ids.size() < limit || tried == 0) {
                return announced;
            }
        }
    }

    private void runLogged() {
        try {
            int announced = run();
            if (announced > 0) {
                LOG.infof("Announced %d due reviews", announced);
            }
        } catch (Exception e) {
            LOG.warnf("Announcing due reviews failed (%s); retrying in an hour", e.getClass().getSimpleName());
        }
    }
}
