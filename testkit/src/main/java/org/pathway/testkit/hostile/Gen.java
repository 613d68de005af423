package org.pathway.testkit.hostile;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A seeded generator: draws one value from {@code random}. The same {@link Random} seed gives the same
 * values, so a sweep can be rerun exactly ({@link Samples#draw}). Generators are combined by writing a
 * lambda, {@code random -> f(a.next(random), b.next(random))}; the few combinators the sweep needs
 * are below.
 */
@FunctionalInterface
public interface Gen<T> {

    T next(Random random);

    /** Pick {@code gen} with probability {@code weight} over the sum of all weights ({@link #frequency}). */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
        }
    }

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    /** Draws until a value passes {@code keep}; gives up (rather than loop forever) after 10,000 tries. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int tries = 0; tries < 10_000; tries++) {
                T value = next(random);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected 10,000 values in a row");
        };
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** One of {@code values}, each equally likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        List<? extends T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** A value of one of {@code gens}, each equally likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return oneOf(List.of(gens));
    }

    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
        Gen<? extends Gen<? extends T>> which = of(gens);
        return random -> which.next(random).next(random);
    }

    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** A value of one of the generators, chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<T>... choices) {
        return frequency(List.of(choices));
    }

    static <T> Gen<T> frequency(List<Weighted<T>> choices) {
        List<Weighted<T>> copy = List.copyOf(choices);
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int pick = random.nextInt(total);
            for (Weighted<T> choice : copy) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.gen().next(random);
                }
            }
            throw new AssertionError("unreachable");
        };
    }

    /** An integer from {@code min} to {@code max}, both included. */
    static Gen<Integer> integers(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return random -> (int) random.nextLong(min, (long) max + 1);
    }

    /** A character from {@code min} to {@code max}, both included (surrogates and controls too). */
    static Gen<Character> chars(char min, char max) {
        return integers(min, max).map(c -> (char) c.intValue());
    }

    /** One of the characters of {@code alphabet}. */
    static Gen<Character> charsOf(String alphabet) {
        return of(alphabet.chars().mapToObj(c -> (char) c).toList());
    }

    /** A string of {@code minLength} to {@code maxLength} characters (UTF-16 code units) from {@code chars}. */
    static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        Gen<Integer> length = integers(minLength, maxLength);
        return random -> {
            int n = length.next(random);
            StringBuilder text = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                text.append(chars.next(random).charValue());
            }
            return text.toString();
        };
    }
}
