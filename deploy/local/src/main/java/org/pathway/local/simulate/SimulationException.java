package org.pathway.local.simulate;

/** The simulation cannot go on: a service refused what every run needs (e.g. the catalogue). */
public class SimulationException extends RuntimeException {

    public SimulationException(String message) {
        super(message);
    }
}
