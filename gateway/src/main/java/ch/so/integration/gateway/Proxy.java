package ch.so.integration.gateway;

import java.net.ConnectException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import ch.so.integration.platform.auth.AccessToken;
import ch.so.integration.platform.auth.AccessTokenVerifier;
import ch.so.integration.platform.auth.TokenRejectedException;
import ch.so.integration.platform.correlation.CorrelationId;
import ch.so.integration.platform.problem.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Routes {@code /api/{service}/**} to the service, unchanged path and query. Before forwarding it checks the
 * bearer token (signature, issuer, expiry, and that it carries a role of the suite); the service checks the
 * exact role again. Sets or passes on the correlation id. A service that is down answers 502, one that does not
 * answer in time 504, both as problem+json: the gateway never hangs.
 */
@ApplicationScoped
public class Proxy {

    private static final Logger LOG = Logger.getLogger(Proxy.class);

    /** Hop-by-hop headers (RFC 9110 §7.6.1) and those the gateway sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded");

    private final GatewayConfig config;
    private final AccessTokenVerifier verifier;
    private final MeterRegistry metrics;
    private HttpClient client;

    Proxy(GatewayConfig config, AccessTokenVerifier verifier, MeterRegistry metrics) {
        this.config = config;
        this.verifier = verifier;
        this.metrics = metrics;
    }

    void routes(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setMaxWaitQueueSize(512));
        // The body is not read until the token has been checked; then it is streamed to the service as it comes.
        router.route("/api/*").handler(this::correlate);
        router.route("/api/*").handler(this::authenticate);
        router.route("/api/*").handler(this::forward);
        router.route("/api/*").failureHandler(ctx -> {
            LOG.errorf("Gateway failure: %s", ctx.failure() == null ? ctx.statusCode() : ctx.failure().getClass().getSimpleName());
            Problems.send(ctx, ProblemType.INTERNAL, "The gateway failed. Quote the correlation id when you report it.");
        });
    }

    private void correlate(RoutingContext ctx) {
        ctx.request().pause();
        String id = CorrelationId.acceptOrCreate(ctx.request().getHeader(CorrelationId.HEADER));
        ctx.put(CorrelationId.MDC_KEY, id);
        ctx.put("started", System.nanoTime());
        MDC.put(CorrelationId.MDC_KEY, id);
        ctx.next();
    }

    private void authenticate(RoutingContext ctx) {
        String service = serviceOf(ctx.request().path());
        if (service == null || !config.services().containsKey(service)) {
            Problems.send(ctx, ProblemType.NOT_FOUND, "No service answers at this address. Services: "
                    + String.join(", ", config.services().keySet().stream().sorted().toList()) + ".");
            return;
        }
        String header = ctx.request().getHeader("Authorization");
        ctx.vertx().<AccessToken>executeBlocking(() -> verifier.verifyAuthorizationHeader(header), false)
                .onSuccess(token -> {
                    if (!token.hasAnyRole(ch.so.integration.platform.auth.Roles.ALL)) {
                        // A token must carry at least one of the suite's roles (services check the exact role).
                        Problems.send(ctx, ProblemType.FORBIDDEN, "The token carries no role of this suite.");
                        return;
                    }
                    ctx.put("service", service);
                    ctx.next();
                })
                .onFailure(e -> Problems.send(ctx, ProblemType.UNAUTHENTICATED,
                        e instanceof TokenRejectedException ? e.getMessage() : "The token could not be checked.",
                        Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
    }

    private void forward(RoutingContext ctx) {
        String service = ctx.get("service");
        URI base = URI.create(config.services().get(service));
        var incoming = ctx.request();
        boolean https = "https".equals(base.getScheme());
        RequestOptions options = new RequestOptions()
                .setMethod(incoming.method())
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : https ? 443 : 80)
                .setSsl(https)
                .setURI(incoming.uri())
                // covers connecting and waiting for a pooled connection; the idle timeout covers the answer
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.timeout().toMillis());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        incoming.headers().forEach(h -> {
            if (!NOT_FORWARDED.contains(h.getKey().toLowerCase())) {
                headers.add(h.getKey(), h.getValue());
            }
        });
        String correlation = ctx.get(CorrelationId.MDC_KEY);
        headers.set(CorrelationId.HEADER, correlation);
        headers.set("X-Forwarded-For", incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().hostAddress());
        headers.set("X-Forwarded-Host", incoming.authority() == null ? "" : incoming.authority().toString());
        headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        options.setHeaders(headers);

        client.request(options)
                .compose(request -> request.send(incoming))
                .compose(response -> response.body().map(responseBody -> new Object[] {response, responseBody}))
                .onSuccess(result -> relay(ctx, service, (HttpClientResponse) result[0], (Buffer) result[1]))
                .onFailure(e -> upstreamFailed(ctx, service, e));
    }

    private void relay(RoutingContext ctx, String service, HttpClientResponse upstream, Buffer body) {
        var response = ctx.response().setStatusCode(upstream.statusCode());
        upstream.headers().forEach(h -> {
            if (!NOT_FORWARDED.contains(h.getKey().toLowerCase())) {
                response.headers().add(h.getKey(), h.getValue());
            }
        });
        response.putHeader(CorrelationId.HEADER, (String) ctx.get(CorrelationId.MDC_KEY));
        record(ctx, service, upstream.statusCode());
        response.end(body);
    }

    private void upstreamFailed(RoutingContext ctx, String service, Throwable e) {
        if (isTimeout(e)) {
            record(ctx, service, 504);
            LOG.warnf("%s did not answer within %d ms", service, config.timeout().toMillis());
            Problems.send(ctx, ProblemType.GATEWAY_TIMEOUT,
                    "The " + service + " service did not answer within " + config.timeout().toSeconds() + " s.");
        } else {
            record(ctx, service, 502);
            LOG.warnf("%s not reachable (%s)", service, e.getClass().getSimpleName());
            Problems.send(ctx, ProblemType.BAD_GATEWAY, "The " + service + " service is not reachable right now."
                    + (e instanceof ConnectException ? " It may be starting or down." : ""));
        }
    }

    /** The service did not answer in time (504); failing to connect, even by timing out, is 502. */
    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("Connect")) {
                return false;
            }
            if (t instanceof TimeoutException || name.contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private void record(RoutingContext ctx, String service, int status) {
        Long started = ctx.get("started");
        if (started != null) {
            Timer.builder("gateway.requests").tag("service", service).tag("method", ctx.request().method().name())
                    .tag("status", String.valueOf(status)).register(metrics)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** {@code /api/day-center/places} → {@code day-center}. */
    static String serviceOf(String path) {
        if (path == null || !path.startsWith("/api/")) {
            return null;
        }
        String rest = path.substring("/api/".length());
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        return name.isEmpty() ? null : name;
    }
}
