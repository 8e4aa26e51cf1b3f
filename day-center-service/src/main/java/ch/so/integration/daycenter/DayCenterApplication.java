package ch.so.integration.daycenter;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All day-center operations live under /api/day-center, the same path the gateway exposes. */
@ApplicationPath("/api/day-center")
@OpenAPIDefinition(info = @Info(title = "day-center-service", version = "1.0"))
public class DayCenterApplication extends Application {
}
