package org.pathway.local.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for components, and checking that their ports are free before they start. */
public final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration POLL = Duration.ofMillis(250);

    private Readiness() {
    }

    /** Waits until {@code url} answers 200, failing early if the process exits. */
    public static void awaitHttp(ChildProcess process, URI url, Duration timeout) {
        await(process, () -> answers200(url), timeout, "not ready after " + timeout.toSeconds() + " s (" + url + ")");
    }

    /** Waits until something accepts connections on the local port, failing early if the process exits. */
    public static void awaitPort(ChildProcess process, int port, Duration timeout) {
        await(process, () -> accepts(port), timeout, "not listening on port " + port + " after " + timeout.toSeconds() + " s");
    }

    private static void await(ChildProcess process, BooleanSupplier ready, Duration timeout, String notReady) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw process.exited();
            }
            if (System.nanoTime() > deadline) {
                throw new ComponentFailure(process.name(), notReady, ChildProcess.tail(process.log(), 40));
            }
            sleep();
        }
    }

    /** Waits until {@code url} answers 200; false if it does not within the timeout. */
    public static boolean awaitHttp(URI url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!answers200(url)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep();
        }
        return true;
    }

    public static boolean answers200(URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + url, e);
        }
    }

    /** Fails with a clear message when a port the stack needs is taken (most often: a stack is already up). */
    public static void requireFree(int port, String component) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new ComponentFailure(component, "cannot start: port " + port + " is already in use"
                    + " (a stack already running? `./pathway status`, `./pathway down`)", "");
        }
        if (accepts(port)) {
            throw new ComponentFailure(component, "cannot start: port " + port + " is already in use", "");
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the stack", e);
        }
    }
}
