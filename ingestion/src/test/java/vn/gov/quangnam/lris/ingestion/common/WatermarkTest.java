package vn.gov.quangnam.lris.ingestion.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WatermarkTest {
    private static final Instant NINE = Instant.parse("2024-03-05T02:00:00Z");
    private static final Instant TEN = Instant.parse("2024-03-05T03:00:00Z");

    @Test
    void coversEverythingBeforeItsInstantAndOnlyTheKeysItNamesAtIt() {
        Watermark watermark = new Watermark(TEN, Set.of("HS-2"));

        assertThat(watermark.covers("HS-9", NINE)).isTrue();
        assertThat(watermark.covers("HS-2", TEN)).isTrue();
        assertThat(watermark.covers("HS-3", TEN)).as("another record of the same second, not yet committed").isFalse();
        assertThat(watermark.covers("HS-2", TEN.plusSeconds(1))).as("a later version of a committed record").isFalse();
    }

    @Test
    void advancingKeepsTheKeysOfTheSameInstantAndForgetsThemAtALaterOne() {
        Watermark watermark = Watermark.INITIAL.advance("HS-1", NINE).advance("HS-2", TEN).advance("HS-3", TEN);

        assertThat(watermark).isEqualTo(new Watermark(TEN, Set.of("HS-2", "HS-3")));
        assertThat(watermark.advance("HS-0", NINE)).as("an older record does not move it back").isEqualTo(watermark);
        assertThat(watermark.advance("HS-4", TEN.plusSeconds(1))).isEqualTo(new Watermark(TEN.plusSeconds(1), Set.of("HS-4")));
    }

    @Test
    void aChunkAdvancesItAsItsRecordsWouldOneByOne() {
        Watermark.Advancing chunk = new Watermark(NINE, Set.of("HS-0")).advancing();
        chunk.advance("HS-1", NINE);
        chunk.advance("HS-2", TEN);
        chunk.advance("HS-3", TEN);
        chunk.advance("HS-4", NINE);

        assertThat(chunk.watermark()).isEqualTo(new Watermark(TEN, Set.of("HS-2", "HS-3")));
        assertThat(new Watermark(NINE, Set.of("HS-0")).advancing().watermark()).isEqualTo(new Watermark(NINE, Set.of("HS-0")));
    }

    @Test
    void itIsKeptAsATablePropertyAndReadBackUnchanged() {
        Watermark watermark = new Watermark(TEN, Set.of("HS.H49-20240305-000000001", "HS.H49-20240305-000000002"));

        assertThat(watermark.serialize()).startsWith("2024-03-05T03:00:00Z|");
        assertThat(Watermark.parse(watermark.serialize())).isEqualTo(watermark);
        assertThat(Watermark.parse(Watermark.INITIAL.serialize())).isEqualTo(Watermark.INITIAL);
    }
}
