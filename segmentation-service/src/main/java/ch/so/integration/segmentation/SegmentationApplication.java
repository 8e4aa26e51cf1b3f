package ch.so.integration.segmentation;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The social-assistance integration process: segments A/V/O/S, measures, goal agreements, reviews, aftercare, controlling.
 * All operations live under /api/segmentation, the same path the gateway exposes.
 */
@ApplicationPath("/api/segmentation")
@OpenAPIDefinition(info = @Info(title = "segmentation-service", version = "1.0"))
public class SegmentationApplication extends Application {
}
