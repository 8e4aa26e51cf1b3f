package ch.so.integration.iiz;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Interinstitutional case teams, power of attorney, situation analysis, round tables, integration plans, closure with deletion.
 * All operations live under /api/iiz, the same path the gateway exposes. So far the service carries the
 * suite's foundation (database, events, security, audit); its domain follows in issue #7.
 */
@ApplicationPath("/api/iiz")
@OpenAPIDefinition(info = @Info(title = "iiz-service", version = "1.0"))
public class IizApplication extends Application {
}
