package org.pathway.referral.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A referrer's system on this machine: a JDK HTTP server that records every request it answers and answers
 * with a status the test sets. It can be stopped (connections refused) and started again on the same port.
 */
final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(Instant at, int answered, String requestId, String correlationId, String contentType,
                    String signature, String body) {

        boolean accepted() {
            return answered / 100 == 2;
        }
    }

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer server;

    private TestReceiver(int port) {
        this.port = port;
    }

    static TestReceiver start() {
        TestReceiver receiver = new TestReceiver(freePort());
        receiver.up();
        return receiver;
    }

    String endpoint() {
        return "http://localhost:" + port + "/process-message";
    }

    synchronized void up() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + port, e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    synchronized void down() {
        server.stop(0);
    }

    void answer(int httpStatus) {
        status.set(httpStatus);
    }

    /** Every request answered, whatever the answer. */
    List<Received> attemptsAbout(String referralId) {
        return received.stream().filter(r -> referralId.equals(r.correlationId())).toList();
    }

    /** The requests answered with a 2xx: the messages the referrer's system took in. */
    List<Received> receivedAbout(String referralId) {
        return attemptsAbout(referralId).stream().filter(Received::accepted).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        int answer = status.get();
        Map<String, List<String>> headers = exchange.getRequestHeaders();
        received.add(new Received(Instant.now(), answer, first(headers, "X-Request-Id"),
                first(headers, "X-Correlation-Id"), first(headers, "Content-Type"), first(headers, "Pathway-Signature"),
                new String(body, StandardCharsets.UTF_8)));
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    @Override
    public void close() {
        down();
    }
}
