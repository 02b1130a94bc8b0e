package dev.gantry.testing.openapi;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values drawn from a seeded {@link SplittableRandom}: the same randomness in the same state gives the
 * same value, so that a run of the OpenAPI suites can be repeated from its seed.
 *
 * <p>Choices are uniform unless said otherwise ({@link #frequency} weighs them). Boundary values are not favoured on
 * their own: where a boundary matters, the caller lists it ({@code Gen.of(Long.MAX_VALUE, 0L, …)}).
 *
 * <pre>{@code
 * Gen<String> pages = Gen.combine(Gen.of("0", "-1", "2147483647"), Gen.integers(1, 200),
 *         (page, size) -> "page=" + page + "&size=" + size);
 * String query = pages.next(new SplittableRandom(seed));
 * }</pre>
 */
@FunctionalInterface
interface Gen<T> {

    /** How often {@link #filter} draws again before it gives up on a predicate that (almost) nothing satisfies. */
    int MAX_FILTER_MISSES = 10_000;

    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }

    /** A generator chosen by the value drawn: e.g. a slot of the body, then a value that suits the slot. */
    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> choice) {
        return random -> choice.apply(next(random)).next(random);
    }

    /** Draws until a value satisfies the predicate. */
    default Gen<T> filter(Predicate<? super T> predicate) {
        return random -> {
            for (int miss = 0; miss < MAX_FILTER_MISSES; miss++) {
                T value = next(random);
                if (predicate.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("No value satisfied the filter in " + MAX_FILTER_MISSES + " draws");
        };
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Nothing to choose from");
        }
        List<T> choices = List.copyOf(values);
        return random -> choices.get(random.nextInt(choices.size()));
    }

    /** Whole numbers from {@code min} to {@code max}, both included. */
    static Gen<Integer> integers(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
        return random -> (int) random.nextLong(min, (long) max + 1);
    }

    /**
     * Longs of every size, from either end of the range: the number of bits is drawn first, uniformly, so that small
     * numbers come up as often as ones of 19 digits (drawn uniformly from the range, nearly all would have 18 or 19).
     */
    static Gen<Long> longs() {
        return random -> {
            long magnitude = random.nextLong() >>> (64 - random.nextInt(1, 64));
            return random.nextBoolean() ? magnitude : -magnitude - 1;
        };
    }

    /** Text of the alphabet's characters, of a length from {@code minLength} to {@code maxLength}. */
    static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("An empty alphabet");
        }
        return strings(random -> alphabet.charAt(random.nextInt(alphabet.length())), minLength, maxLength);
    }

    /**
     * Text of the UTF-16 code units from {@code first} to {@code last}: with {@code '\u0000'} to {@code '\uffff'},
     * lone surrogates and noncharacters included.
     */
    static Gen<String> strings(char first, char last, int minLength, int maxLength) {
        if (first > last) {
            throw new IllegalArgumentException("An empty range of characters");
        }
        return strings(random -> (char) random.nextInt(first, last + 1), minLength, maxLength);
    }

    private static Gen<String> strings(Gen<Character> characters, int minLength, int maxLength) {
        Gen<Integer> lengths = integers(minLength, maxLength);
        return random -> {
            int length = lengths.next(random);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(characters.next(random));
            }
            return text.toString();
        };
    }

    /** Arbitrary bytes, up to {@code maxLength} of them. */
    static Gen<byte[]> bytes(int maxLength) {
        Gen<Integer> lengths = integers(0, maxLength);
        return random -> {
            byte[] bytes = new byte[lengths.next(random)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt(256);
            }
            return bytes;
        };
    }

    static <A, B, R> Gen<R> combine(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> as) {
        return random -> {
            A a = first.next(random);
            return as.apply(a, second.next(random));
        };
    }

    static <A, B, C, R> Gen<R> combine(Gen<A> first, Gen<B> second, Gen<C> third,
                                       Combiner3<? super A, ? super B, ? super C, ? extends R> as) {
        return random -> {
            A a = first.next(random);
            B b = second.next(random);
            return as.apply(a, b, third.next(random));
        };
    }

    /** One of the generators, each as likely as the others. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<T>... choices) {
        Gen<Gen<T>> choice = of(choices);
        return random -> choice.next(random).next(random);
    }

    /** One of the generators, each as often as its weight says: weights 3 and 1 draw the first three times in four. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<T>... choices) {
        return frequency(List.of(choices));
    }

    static <T> Gen<T> frequency(List<Weighted<T>> choices) {
        List<Weighted<T>> weighted = List.copyOf(choices);
        int total = weighted.stream().mapToInt(Weighted::weight).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("Nothing to choose from");
        }
        return random -> {
            int ticket = random.nextInt(total);
            for (Weighted<T> choice : weighted) {
                ticket -= choice.weight();
                if (ticket < 0) {
                    return choice.gen().next(random);
                }
            }
            throw new AssertionError("a ticket below the total weight always falls on a choice");
        };
    }

    static <T> Weighted<T> weight(int weight, Gen<T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** A generator with how often {@link #frequency} chooses it, relative to the others. */
    record Weighted<T>(int weight, Gen<T> gen) {
        public Weighted {
            if (weight < 0) {
                throw new IllegalArgumentException("A negative weight: " + weight);
            }
        }
    }

    @FunctionalInterface
    interface Combiner3<A, B, C, R> {
        R apply(A first, B second, C third);
    }
}
