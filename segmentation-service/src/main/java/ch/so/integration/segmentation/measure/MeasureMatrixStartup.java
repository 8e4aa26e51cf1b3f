package ch.so.integration.segmentation.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * SG-05: loads the measure matrix when the application starts, so a broken or missing table fails the start instead
 * of the first measure assignment.
 */
@ApplicationScoped
public class MeasureMatrixStartup {

    private static final Logger LOG = Logger.getLogger(MeasureMatrixStartup.class);

    void load(@Observes StartupEvent event) {
        MeasureMatrix matrix = MeasureMatrix.standard();
        LOG.debugf("Measure matrix %s loaded: %d measures excluded in S", MeasureMatrix.RESOURCE,
                matrix.excludedIn(ch.so.integration.segmentation.integrationcase.Segment.S).size());
    }
}
