package dev.gantry.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The generators draw what they say, in the proportions they say, and the same values from the same seed. */
class GenTest {

    private static final int DRAWS = 10_000;

    @Test
    void theSameSeedDrawsTheSameValues() {
        Gen<String> words = Gen.frequency(
                Gen.weight(3, Gen.combine(Gen.strings("abc", 0, 8), Gen.integers(-5, 5), (text, n) -> text + n)),
                Gen.weight(1, Gen.longs().map(Long::toHexString)));

        assertThat(draw(words, 5, 500)).isEqualTo(draw(words, 5, 500));
        assertThat(draw(words, 5, 500)).isNotEqualTo(draw(words, 6, 500));
    }

    @Test
    void integersReachBothBoundsAndNothingBeyond() {
        assertThat(new TreeSet<>(draw(Gen.integers(-2, 2), 1, 1_000))).containsExactly(-2, -1, 0, 1, 2);
        assertThat(new TreeSet<>(draw(Gen.integers(Integer.MAX_VALUE - 1, Integer.MAX_VALUE), 1, 100)))
                .containsExactly(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
    }

    @Test
    void stringsTakeTheirCharactersFromTheAlphabetAndTheirLengthFromTheRange() {
        List<String> texts = draw(Gen.strings("ab", 2, 4), 1, 1_000);
        assertThat(texts).allMatch(text -> text.matches("[ab]*"));
        assertThat(lengths(texts)).containsExactly(2, 3, 4);

        List<String> surrogates = draw(Gen.strings('\ud800', '\udfff', 1, 1), 1, 100);
        assertThat(surrogates).allMatch(text -> Character.isSurrogate(text.charAt(0)));
    }

    @Test
    void bytesAreAsManyAsAllowedAtMost() {
        List<byte[]> arrays = draw(Gen.bytes(3), 1, 1_000);
        assertThat(arrays.stream().map(bytes -> bytes.length).distinct().sorted().toList()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void longsComeInEverySizeAndBothSigns() {
        List<Long> numbers = draw(Gen.longs(), 1, 1_000);
        assertThat(numbers).anyMatch(n -> n >= 0 && n < 1_000).anyMatch(n -> n < 0 && n > -1_000)
                .anyMatch(n -> n > 1e17).anyMatch(n -> n < -1e17);
    }

    @Test
    void frequencyChoosesInProportionToTheWeights() {
        Gen<String> weighted = Gen.frequency(Gen.weight(3, Gen.just("often")), Gen.weight(1, Gen.just("seldom")),
                Gen.weight(0, Gen.just("never")));

        List<String> drawn = draw(weighted, 1, DRAWS);

        assertThat(share(drawn, "often")).isCloseTo(0.75, within(0.02));
        assertThat(share(drawn, "seldom")).isCloseTo(0.25, within(0.02));
        assertThat(drawn).doesNotContain("never");
    }

    @Test
    void oneOfAndOfChooseUniformly() {
        List<String> generators = draw(Gen.oneOf(Gen.just("a"), Gen.just("b")), 1, DRAWS);
        assertThat(share(generators, "a")).isCloseTo(0.5, within(0.02));

        List<String> values = draw(Gen.of("a", "b", "c", "d"), 1, DRAWS);
        assertThat(share(values, "d")).isCloseTo(0.25, within(0.02));
    }

    @Test
    void flatMapDrawsFromTheGeneratorTheFirstValueChooses() {
        Gen<String> repeated = Gen.integers(1, 3).flatMap(n -> Gen.strings("x", n, n).map(text -> n + text));
        assertThat(new TreeSet<>(draw(repeated, 1, 200))).containsExactly("1x", "2xx", "3xxx");
    }

    @Test
    void aFilterThatNothingPassesFailsInsteadOfLoopingForever() {
        Gen<Integer> impossible = Gen.integers(0, 9).filter(n -> n > 9);
        assertThatThrownBy(() -> impossible.next(new SplittableRandom(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("filter");
    }

    private static <T> List<T> draw(Gen<T> gen, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(gen.next(random));
        }
        return values;
    }

    private static Set<Integer> lengths(List<String> texts) {
        return new TreeSet<>(texts.stream().map(String::length).toList());
    }

    private static double share(List<String> drawn, String value) {
        return drawn.stream().filter(value::equals).count() / (double) drawn.size();
    }
}
