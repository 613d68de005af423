/**
 * Generated malformed and hostile requests for a service's bad-input sweep, and the checks every
 * answer to them must pass.
 *
 * <p>Property-based in spirit (generated inputs, invariant assertions), with seeded generators of our
 * own: a {@link org.pathway.testkit.hostile.Gen} draws a value from a {@link java.util.Random}, and
 * {@link org.pathway.testkit.hostile.Samples#draw} takes a fixed number of values with a fixed seed
 * ({@code -Dsweep.seed}, {@code -Dsweep.count} override), so a failing sweep, which
 * prints its seed, can be rerun exactly. {@link org.pathway.testkit.hostile.JsonMutations} turns a
 * valid body into field-level mutations (missing, null, wrong type, hostile text from
 * {@link org.pathway.testkit.hostile.HostileStrings}, bad dates and numbers from
 * {@link org.pathway.testkit.hostile.HostileValues}) and body-level ones (malformed JSON, duplicate
 * keys, wrong top level, extra and server-owned fields, oversize, wrong content type).
 * {@link org.pathway.testkit.hostile.RawHttp} sends the bytes exactly as generated and
 * {@link org.pathway.testkit.hostile.Sweep} checks every answer (no 5xx, 4xx as problem+json naming the
 * field, no echo of a planted canary or of identifiable values) and tallies status codes per category.
 */
package org.pathway.testkit.hostile;
