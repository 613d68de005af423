package org.pathway.matching.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A local HTTP server playing councils' feeds for the sync tests: each path answers per {@code page}
 * number what the test set, and records every request (page asked for, {@code If-None-Match} sent).
 * A path can be held: requests to it wait until the test lets them go.
 */
public final class FeedServer implements AutoCloseable {

    /** One answer: status, content type, body, the ETag and the Location to send (null: none). */
    public record Answer(int status, String contentType, byte[] body, String etag, String location) {

        public Answer(int status, String contentType, byte[] body, String etag) {
            this(status, contentType, body, etag, null);
        }

        public static Answer redirect(String location) {
            return new Answer(302, "text/plain", new byte[0], null, location);
        }

        public static Answer json(String body) {
            return new Answer(200, "application/json", body.getBytes(StandardCharsets.UTF_8), null);
        }

        public static Answer status(int status) {
            return new Answer(status, "text/plain", ("HTTP " + status).getBytes(StandardCharsets.UTF_8), null);
        }

        public Answer withEtag(String value) {
            return new Answer(status, contentType, body, value, location);
        }
    }

    /** A request as received: its path, the page asked for and the {@code If-None-Match} header. */
    public record Received(String path, int page, String ifNoneMatch) {
    }

    private final HttpServer server;
    private final Map<String, IntFunction<Answer>> feeds = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> arrived = new ConcurrentHashMap<>();

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    public static FeedServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FeedServer feeds = new FeedServer(server);
            server.createContext("/", feeds::handle);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return feeds;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void serve(String path, IntFunction<Answer> pages) {
        feeds.put(path, pages);
    }

    /** Requests to the path wait from now until {@link #release}. */
    public void hold(String path) {
        held.put(path, new CountDownLatch(1));
        arrived.put(path, new CountDownLatch(1));
    }

    /** Waits (at most 30 s) until a request to a held path has arrived. */
    public boolean awaitArrival(String path) throws InterruptedException {
        return arrived.get(path).await(30, TimeUnit.SECONDS);
    }

    public void release(String path) {
        held.remove(path).countDown();
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        int page = page(uri.getRawQuery());
        received.add(new Received(path, page, exchange.getRequestHeaders().getFirst("If-None-Match")));
        CountDownLatch hold = held.get(path);
        if (hold != null) {
            arrived.get(path).countDown();
            try {
                hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        IntFunction<Answer> feed = feeds.get(path);
        Answer answer = feed == null ? Answer.status(404) : feed.apply(page);
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (answer.etag() != null) {
            exchange.getResponseHeaders().add("ETag", answer.etag());
            if (answer.etag().equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
        }
        if (answer.location() != null) {
            exchange.getResponseHeaders().add("Location", answer.location());
        }
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.location() != null ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    private static int page(String query) {
        if (query == null) {
            return 1;
        }
        for (String parameter : query.split("&")) {
            String[] kv = parameter.split("=", 2);
            if (kv[0].equals("page") && kv.length == 2) {
                return Integer.parseInt(kv[1]);
            }
        }
        return 1;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
