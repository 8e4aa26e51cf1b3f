package ch.so.integration.billing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Tariffs, service records, who pays (cost split, waivers), monthly invoicing with QR-bills.
 * All operations live under /api/billing, the same path the gateway exposes. So far the service carries the
 * suite's foundation (database, events, security, audit); its domain follows in issue #5.
 */
@ApplicationPath("/api/billing")
@OpenAPIDefinition(info = @Info(title = "billing-service", version = "1.0"))
public class BillingApplication extends Application {
}
