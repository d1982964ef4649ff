package vn.gov.quangnam.lris.simulator.generation;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RandomStreamTest {
    @Test
    void theSameIdentityGivesTheSameStream() {
        RandomStream first = RandomStream.of(42, 1, 2, 3);
        RandomStream second = RandomStream.of(42, 1, 2, 3);
        RandomStream other = RandomStream.of(42, 1, 2, 4);
        long[] a = IntStream.range(0, 5).mapToLong(i -> first.nextLong()).toArray();
        long[] b = IntStream.range(0, 5).mapToLong(i -> second.nextLong()).toArray();
        long[] c = IntStream.range(0, 5).mapToLong(i -> other.nextLong()).toArray();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void poissonHasTheRequestedMean() {
        RandomStream random = RandomStream.of(7);
        double small = IntStream.range(0, 20_000).map(i -> random.poisson(2.5)).average().orElseThrow();
        double large = IntStream.range(0, 20_000).map(i -> random.poisson(80)).average().orElseThrow();
        assertThat(small).isCloseTo(2.5, within(0.1));
        assertThat(large).isCloseTo(80, within(1.0));
    }

    @Test
    void betweenStaysWithinItsBounds() {
        RandomStream random = RandomStream.of(9);
        assertThat(IntStream.range(0, 1000).map(i -> random.between(3, 5))).allMatch(value -> value >= 3 && value <= 5)
                .contains(3, 4, 5);
    }
}
