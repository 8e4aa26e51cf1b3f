package ch.so.integration.gateway;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;

/**
 * Serves the merged OpenAPI document at {@code /q/openapi} (and {@code /openapi}) and Swagger UI at
 * {@code /q/swagger-ui}. Each service's document is fetched with a short timeout and cached; a service that is
 * down is listed under {@code x-unavailable-services} instead of failing the whole document.
 */
@ApplicationScoped
public class ApiDocs {

    private static final Logger LOG = Logger.getLogger(ApiDocs.class);
    private static final String SWAGGER_UI_VERSION = "5.31.0";

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private HttpClient client;

    private record Cached(JsonNode document, Instant fetchedAt) {
    }

    ApiDocs(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void routes(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1000));
        for (String path : List.of("/q/openapi", "/openapi")) {
            router.get(path).handler(ctx -> merged().onComplete(result -> ctx.response()
                    .putHeader("Content-Type", "application/json")
                    .end(result.succeeded() ? result.result() : "{}")));
        }
        // Vert.x matches "/q/swagger-ui" with and without the trailing slash
        router.get("/q/swagger-ui").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .end(swaggerPage()));
    }

    Future<String> merged() {
        Map<String, JsonNode> documents = new TreeMap<>();
        List<String> unavailable = new ArrayList<>();
        List<Future<Void>> fetches = new ArrayList<>();
        config.services().forEach((service, url) -> fetches.add(document(service, url)
                .onSuccess(doc -> {
                    synchronized (documents) {
                        documents.put(service, doc);
                    }
                })
                .onFailure(e -> {
                    synchronized (unavailable) {
                        unavailable.add(service);
                    }
                })
                .<Void>mapEmpty().recover(e -> Future.succeededFuture())));
        return Future.join(fetches).map(done -> {
            unavailable.sort(String::compareTo);
            try {
                return json.writeValueAsString(new OpenApiMerger(json).merge(documents, unavailable));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Future<JsonNode> document(String service, String baseUrl) {
        Cached cached = cache.get(service);
        if (cached != null && cached.fetchedAt().plus(config.openApiCacheTime()).isAfter(Instant.now())) {
            return Future.succeededFuture(cached.document());
        }
        URI base = URI.create(baseUrl);
        boolean https = "https".equals(base.getScheme());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : https ? 443 : 80).setSsl(https)
                .setURI("/q/openapi?format=json").setConnectTimeout(1000).setIdleTimeout(3000);
        return client.request(options).compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(body -> {
                    try {
                        JsonNode doc = json.readTree(body.toString());
                        cache.put(service, new Cached(doc, Instant.now()));
                        return doc;
                    } catch (Exception e) {
                        throw new IllegalStateException("unreadable OpenAPI document of " + service, e);
                    }
                })
                .onFailure(e -> LOG.debugf("OpenAPI of %s not available (%s)", service, e.getMessage()));
    }

    private static String swaggerPage() {
        String base = "/webjars/swagger-ui/" + SWAGGER_UI_VERSION + "/";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Integration suite API</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({ url: '/q/openapi', dom_id: '#swagger-ui', persistAuthorization: true });
                  </script>
                </body>
                </html>
                """.formatted(base);
    }
}
