package org.pathway.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What a running stack writes to {@code deploy/local/run/stack.json}: where everything answers, the realms and
 * sites, the token client, which process owns the stack ({@code ownerPid}) and each component, and where its data is
 * ({@link StackData}), and Prometheus' URL when it watches the stack ({@code up --observe}; else null).
 */
public record StackDescription(
        Instant startedAt,
        double startupSeconds,
        long ownerPid,
        List<String> sites,
        URI identity,
        List<String> realms,
        String tokenClient,
        Map<String, URI> services,
        URI dashboard,
        String kafka,
        Map<String, String> databases,
        String databaseUser,
        Map<String, Long> processes,
        Map<String, Path> logs,
        Path data,
        URI prometheus) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Endpoints endpoints() {
        return new Endpoints(services.get("referral-service"), services.get("matching-service"),
                services.get("engagement-service"), services.get("reporting-service"), identity,
                services.get(PathwayService.WORKSPACE));
    }

    public void write(Path file) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            JSON.writeValue(partial.toFile(), this);
            // Readers poll for the file: it must appear whole.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static Optional<StackDescription> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), StackDescription.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
