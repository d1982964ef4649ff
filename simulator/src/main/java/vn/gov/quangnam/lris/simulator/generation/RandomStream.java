package vn.gov.quangnam.lris.simulator.generation;

/**
 * A small deterministic random stream (SplitMix64), seeded from the simulator's seed and the identity of what is
 * being generated (source, unit, day, ordinal), so that any record can be regenerated on its own, in any order, and
 * always comes out the same. Not thread-safe: create one per record.
 */
public final class RandomStream {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    private RandomStream(long state) {
        this.state = state;
    }

    /** A stream for the given identity: the same parts always give the same stream. */
    public static RandomStream of(long seed, long... parts) {
        return new RandomStream(hash(seed, parts));
    }

    /** Mixes the parts into one well-spread 64-bit value. */
    public static long hash(long seed, long... parts) {
        long h = mix(seed ^ 0x5DEECE66DL);
        for (long part : parts) {
            h = mix(h + GOLDEN_GAMMA + part);
        }
        return h;
    }

    /** A stable hash of a text (String.hashCode is specified, so it is stable across JVMs). */
    public static long hash(String text) {
        return mix(text.hashCode() * 0x100000001B3L + text.length());
    }

    /** A uniform value in [0, 1) derived from a hash: for deterministic share selection without a stream. */
    public static double unit(long hash) {
        return (mix(hash) >>> 11) * 0x1.0p-53;
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** Uniform in [from, to] (both inclusive). */
    public int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    public boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Uniform in [from, to). */
    public double uniform(double from, double to) {
        return from + (to - from) * nextDouble();
    }

    /** A Poisson-distributed count with the given mean (Knuth's method below 30, a rounded normal above). */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= nextDouble();
        }
        return count;
    }

    /** A standard normal value (Box-Muller). */
    public double gaussian() {
        double u1 = Math.max(nextDouble(), 1e-12);
        double u2 = nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    public <T> T pick(java.util.List<T> items) {
        return items.get(nextInt(items.size()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
