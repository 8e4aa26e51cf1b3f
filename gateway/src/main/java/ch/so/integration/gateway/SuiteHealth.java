package ch.so.integration.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.HealthGroup;

/**
 * {@code /q/health/group/suite}: the readiness of every service behind the gateway, one entry each. Kept out of
 * the gateway's own readiness, so one service being down does not take the entry to all others out of rotation.
 */
@HealthGroup("suite")
@ApplicationScoped
public class SuiteHealth implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    SuiteHealth(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> checks = new TreeMap<>();
        config.services().forEach((service, url) -> checks.put(service, http.sendAsync(
                        HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 200 ? "UP" : "DOWN")
                .exceptionally(e -> "UNREACHABLE")));
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("services");
        boolean allUp = true;
        for (var check : checks.entrySet()) {
            String status = check.getValue().join();
            allUp &= "UP".equals(status);
            builder.withData(check.getKey(), status);
        }
        return builder.status(allUp).build();
    }
}
