package vn.gov.quangnam.lris.simulator.generation;

import static java.util.Objects.requireNonNull;

/**
 * How one unit performs, drawn once from the seed: its volume and its shares on every indicator. The shares are
 * spread on purpose (a unit's overall {@code quality} plus noise per indicator) so that some units meet the targets
 * of targets.yaml and some breach them: e-processing about 40-97 %, online payment 10-60 %, late dossiers 0-7 % (none at the best units),
 * apology letters for 60-100 % of the late ones, digitization of results 20-95 %.
 */
public record UnitProfile(String unitCode, VolumeClass volumeClass, double volumeFactor, double quality,
                          double onlineShare, double onlinePaymentShare, double lateShare, double apologyShare,
                          double supplementShare, double digitizedInputShare, double electronicResultShare,
                          double authenticatedShare, double satisfiedShare, double ratedShare, double eProcessingShare,
                          double electronicDocumentShare, double signedShare, double resultDigitizationShare,
                          double selfReportOptimism) {
    public UnitProfile {
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(volumeClass, "volumeClass is null");
        if (volumeFactor <= 0) {
            throw new IllegalArgumentException("volumeFactor of " + unitCode + " must be positive, got " + volumeFactor);
        }
    }

    /** Draws the profile of a unit from the seed. */
    public static UnitProfile draw(long seed, String unitCode, VolumeClass volumeClass) {
        RandomStream random = RandomStream.of(seed, 0x50F1E, RandomStream.hash(unitCode));
        double spread = volumeClass == VolumeClass.DEPARTMENT ? 0.7 : 0.3;
        double volumeFactor = Math.exp(spread * random.gaussian() - spread * spread / 2);
        double quality = clamp(random.uniform(0.05, 0.95) + volumeClass.qualityShift());
        return new UnitProfile(unitCode, volumeClass, volumeFactor, quality,
                share(random, quality, 0.20, 0.80),
                share(random, quality, 0.10, 0.60),
                quality > 0.85 ? 0 : 1 - share(random, quality, 0.93, 1.0),
                share(random, quality, 0.60, 1.0),
                random.uniform(0.03, 0.15),
                share(random, quality, 0.30, 0.95),
                share(random, quality, 0.30, 0.95),
                share(random, quality, 0.50, 1.0),
                share(random, quality, 0.75, 0.98),
                random.uniform(0.10, 0.50),
                share(random, quality, 0.40, 0.97),
                share(random, quality, 0.60, 1.0),
                share(random, quality, 0.70, 1.0),
                share(random, quality, 0.20, 0.95),
                random.uniform(0.05, 0.30));
    }

    private static double share(RandomStream random, double quality, double low, double high) {
        return low + (high - low) * clamp(quality + 0.15 * random.gaussian());
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
