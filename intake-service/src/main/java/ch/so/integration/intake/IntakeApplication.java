package ch.so.integration.intake;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All intake operations live under /api/intake, the same path the gateway exposes. */
@ApplicationPath("/api/intake")
@OpenAPIDefinition(info = @Info(title = "intake-service", version = "1.0"))
public class IntakeApplication extends Application {
}
