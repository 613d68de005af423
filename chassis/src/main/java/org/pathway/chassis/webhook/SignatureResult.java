package org.pathway.chassis.webhook;

/**
 * Outcome of checking a {@code Pathway-Signature} header. Only {@link #VALID} may be processed;
 * every other value maps to 401 and is safe to log (it carries neither header nor secret).
 */
public enum SignatureResult {
    VALID,
    /** No header, or a blank one. */
    MISSING,
    /** Present but not {@code t=<unix seconds>,v1=<64 hex>[,v1=...]}. */
    MALFORMED,
    /** Signed with a known secret, but the timestamp is outside the tolerance: a delayed or replayed request. */
    STALE,
    /** No candidate secret produces any of the signatures. */
    MISMATCH
}
