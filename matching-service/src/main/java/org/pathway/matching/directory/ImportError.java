package org.pathway.matching.directory;

/**
 * A directory entry that could not be imported: its position in the page, its directory id
 * (null when it had none) and why. Directory data describes services, not people, so the
 * reason may name fields freely.
 */
public record ImportError(int index, String id, String reason) {
}
