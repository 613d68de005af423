package org.pathway.chassis.inbox;

/**
 * An event that can never be processed (undecodable, unknown type, unknown site). The consumer
 * lets it go to the dead-letter topic with this reason and moves on; retrying cannot help.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason, null, false, false);
    }
}
