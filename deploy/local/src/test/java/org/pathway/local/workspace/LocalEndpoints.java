package org.pathway.local.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What the outside world answers in the browser scenario, on a free port of this machine: a council's Open Referral
 * UK feed (the first 32 services of North Lincolnshire Council's real feed, the page matching-service's own feed tests
 * read, with its licence note: {@code matching-service/src/test/resources/real-feeds/SOURCES.md}) and a referrer's
 * system taking the messages back (answers 200 to each).
 */
final class LocalEndpoints implements AutoCloseable {

    static final String FEED_FILE = "matching-service/src/test/resources/real-feeds/north-lincolnshire-services-1-50.json";
    private static final int SERVICES = 32;

    private final HttpServer server;
    private final byte[] feed;
    private final AtomicInteger messages = new AtomicInteger();

    LocalEndpoints(Path repositoryRoot) {
        try {
            JsonNode all = new ObjectMapper().readTree(Files.readString(repositoryRoot.resolve(FEED_FILE)));
            ArrayNode first = new ObjectMapper().createArrayNode();
            for (int i = 0; i < SERVICES && i < all.size(); i++) {
                first.add(all.get(i));
            }
            feed = first.toString().getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/directory/services", exchange -> answer(exchange, 200, feed));
        server.createContext("/referrer/messages", exchange -> {
            exchange.getRequestBody().readAllBytes();
            messages.incrementAndGet();
            answer(exchange, 200, new byte[0]);
        });
        server.start();
    }

    URI feed() {
        // 127.0.0.1, not localhost: matching refuses the name localhost outright and allows only the address the stack lists.
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/directory/services");
    }

    URI referrer() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/referrer/messages");
    }

    int messagesReceived() {
        return messages.get();
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
