package org.pathway.chassis.time;

import io.quarkus.arc.DefaultBean;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The system clock unless the application (or a test) produces its own. */
public class ClockProducer {

    // Below every other default bean too, so a Clock the application declares always wins.
    @Produces
    @Singleton
    @DefaultBean
    @Priority(-1)
    Clock clock() {
        return Clock.systemUTC();
    }
}
