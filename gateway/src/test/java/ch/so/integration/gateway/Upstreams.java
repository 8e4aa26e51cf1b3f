package ch.so.integration.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import ch.so.integration.devkit.DevIssuer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What stands behind the gateway in its own tests: the dev issuer, an upstream that echoes what it received, one
 * that answers too slowly, and addresses where nothing listens. (The system tests put the real services there.)
 */
public class Upstreams implements QuarkusTestResourceLifecycleManager {

    static DevIssuer issuer;
    static DevIssuer foreign;
    static final AtomicInteger echoHits = new AtomicInteger();
    private static HttpServer echo;
    private static HttpServer slow;
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String OPENAPI = """
            {"openapi":"3.1.0","info":{"title":"intake-service","version":"1.0"},
             "tags":[{"name":"Persons"}],
             "paths":{
               "/api/intake/persons":{"post":{"tags":["Persons"],"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PersonView"}}}}}},
               "/api/intake/audit":{"get":{"x-internal":true}}
             },
             "components":{"schemas":{"PersonView":{"type":"object","properties":{"page":{"$ref":"#/components/schemas/Page"}}},"Page":{"type":"object"}}}}
            """;

    @Override
    public Map<String, String> start() {
        try {
            issuer = DevIssuer.start(0);
            foreign = DevIssuer.start(0);
            echo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            echo.setExecutor(Executors.newFixedThreadPool(4));
            echo.createContext("/", Upstreams::echo);
            echo.start();
            slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            slow.setExecutor(Executors.newFixedThreadPool(4));
            slow.createContext("/", exchange -> {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "application/json", "{}");
            });
            slow.start();
            Map<String, String> config = new HashMap<>();
            config.put("gateway.services.intake", "http://127.0.0.1:" + echo.getAddress().getPort());
            config.put("gateway.services.segmentation", "http://127.0.0.1:" + slow.getAddress().getPort());
            config.put("gateway.services.billing", "http://127.0.0.1:" + closedPort());
            config.put("gateway.services.iiz", "http://127.0.0.1:" + closedPort());
            config.put("gateway.services.day-center", "http://127.0.0.1:" + closedPort());
            config.put("gateway.timeout", "1s");
            config.put("gateway.auth.issuer", issuer.issuer());
            config.put("gateway.auth.jwks-url", issuer.jwksUrl());
            return config;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/q/openapi")) {
            send(exchange, 200, "application/json", OPENAPI);
            return;
        }
        if (path.equals("/q/health/ready")) {
            send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
            return;
        }
        echoHits.incrementAndGet();
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("method", exchange.getRequestMethod());
        seen.put("uri", exchange.getRequestURI().toString());
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        seen.put("headers", headers);
        seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        exchange.getResponseHeaders().add("X-Upstream", "echo");
        send(exchange, "POST".equals(exchange.getRequestMethod()) ? 201 : 200, "application/json",
                JSON.writeValueAsString(seen));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        echo.stop(0);
        slow.stop(0);
        issuer.close();
        foreign.close();
    }
}
