package ch.so.integration.gateway;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the services are and how long to wait for them. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Service name (the path segment after /api/) to its base URL. */
    Map<String, String> services();

    /** How long the gateway waits for a service to answer before it answers 504. */
    @WithDefault("15s")
    Duration timeout();

    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a merged OpenAPI document is reused. */
    @WithDefault("30s")
    Duration openApiCacheTime();

    @WithDefault("false")
    boolean logJson();

    Auth auth();

    interface Auth {
        String issuer();

        String jwksUrl();

        /** Tokens must name it in {@code aud}. */
        @WithDefault("integration-suite")
        String audience();
    }
}
