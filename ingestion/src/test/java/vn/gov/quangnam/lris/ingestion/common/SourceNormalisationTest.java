package vn.gov.quangnam.lris.ingestion.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceNormalisationTest {
    private static final SourceTimestamps TIMESTAMPS = new SourceTimestamps(SourceTimestamps.DEFAULT_ZONE, Instant.parse("2026-01-01T00:00:00Z"));

    @ParameterizedTest
    @CsvSource({
            "2024-03-05T08:30:00+07:00, 2024-03-05T01:30:00Z",
            "2024-03-05T08:30:00, 2024-03-05T01:30:00Z",
            "2024-03-05 08:30:00, 2024-03-05T01:30:00Z",
            "20240305083000, 2024-03-05T01:30:00Z",
            "2024-03-05T01:30:00Z, 2024-03-05T01:30:00Z",
            "05/03/2024, 2024-03-04T17:00:00Z",
            "2024-03-05, 2024-03-04T17:00:00Z",
            "' 2024-03-05T08:30:00.250+07:00 ', 2024-03-05T01:30:00.250Z"})
    void everyTimestampFormBecomesAUtcInstantWithHanoiTimeAsTheDefaultZone(String text, Instant expected) {
        assertThat(TIMESTAMPS.instant("ngayTiepNhan", text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2024-02-29T23:59:59+07:00, 2024-02-29T16:59:59Z",
            "2024-03-05T08:30:00-05:30, 2024-03-05T14:00:00Z",
            "2024-03-05T08:30:00+00:00, 2024-03-05T08:30:00Z",
            "2024-12-31T23:00:00Z, 2024-12-31T23:00:00Z"})
    void theUsualFormWithAnOffsetIsReadExactlyAsIsoReadsIt(String text, Instant expected) {
        assertThat(TIMESTAMPS.instant("ngayCapNhat", text)).isEqualTo(expected).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    /** The hand-written date arithmetic of the usual form agrees with java.time on every day from 2000 to 2100. */
    @Test
    void theUsualFormIsReadAsIsoReadsItOnEveryDayOfTheCentury() {
        SourceTimestamps farFuture = new SourceTimestamps(SourceTimestamps.DEFAULT_ZONE, Instant.parse("2101-01-01T00:00:00Z"));
        for (LocalDate day = LocalDate.of(2000, 1, 2); day.getYear() <= 2100; day = day.plusDays(1)) {
            String text = day + "T23:59:58+07:00";
            assertThat(farFuture.instant("ngayCapNhat", text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @ParameterizedTest
    @CsvSource({"2024-02-30T08:30:00+07:00", "2023-02-29T08:30:00+07:00", "2024-03-05T24:30:00+07:00", "2024-03-05T08:30:00+7:00x"})
    void impossibleDatesInTheUsualFormAreUnparseable(String text) {
        assertThatThrownBy(() -> TIMESTAMPS.instant("ngayTiepNhan", text))
                .isInstanceOfSatisfying(RecordRejectedException.class, e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNPARSEABLE))
                .hasMessage("ngayTiepNhan '" + text + "' is not a time stamp; send ISO-8601 (2024-03-05T08:30:00+07:00), "
                        + "yyyyMMddHHmmss or dd/MM/yyyy");
    }

    @Test
    void garbageAndOutOfRangeDatesAreRejectedWithTheFieldNamed() {
        assertThatThrownBy(() -> TIMESTAMPS.instant("ngayTiepNhan", "hôm qua"))
                .isInstanceOfSatisfying(RecordRejectedException.class, e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNPARSEABLE))
                .hasMessageStartingWith("ngayTiepNhan 'hôm qua' is not a time stamp");
        assertThatThrownBy(() -> TIMESTAMPS.instant("ngayTiepNhan", "1999-12-31T23:00:00+07:00"))
                .isInstanceOfSatisfying(RecordRejectedException.class, e -> assertThat(e.reason()).isEqualTo(RejectionReason.DATE_OUT_OF_RANGE))
                .hasMessageContaining("before 2000");
        assertThatThrownBy(() -> TIMESTAMPS.instant("ngayCapNhat", "2026-03-01T00:00:00+07:00"))
                .hasMessageContaining("in the future");
    }

    @Test
    void textBecomesTrimmedNfcAndCodesUpperCase() {
        String decomposed = Normalizer.normalize("Phường Tân Thạnh", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Phường Tân Thạnh");
        assertThat(SourceText.text("  " + decomposed + "  ")).isEqualTo("Phường Tân Thạnh");
        assertThat(SourceText.code(" 49-snv ")).isEqualTo("49-SNV");
        assertThat(SourceText.text("   ")).isNull();
        assertThat(SourceText.text("")).isNull();
        assertThat(SourceText.text("Hộ  tịch\tvà\nchứng thực")).isEqualTo("Hộ tịch và chứng thực");
        assertThat(SourceText.text("Hộ tịch")).isSameAs(SourceText.text("Hộ tịch")).isEqualTo("Hộ tịch");
        assertThat(SourceText.text("\u2003Hộ tịch\u2003")).isEqualTo("Hộ tịch");
        assertThat(SourceText.text("Hộ\u00A0tịch")).isEqualTo("Hộ\u00A0tịch"); // a no-break space is text, not a separator
        assertThat(SourceText.folded(Normalizer.normalize("Mã đơn vị", Normalizer.Form.NFD))).isEqualTo("ma don vi");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1.234; 1234", "1.234.567; 1234567", "1,234; 1234", "12,5; 12.5", "1.234,5; 1234.5",
            "1,234.5; 1234.5", "0,125; 0.125", "42; 42", " 7 ; 7", "3.5; 3.5"})
    void numbersWithDecimalCommasAndThousandsDotsAreRead(String text, BigDecimal expected) {
        assertThat(SourceNumbers.decimal("Tử số", text)).isEqualByComparingTo(expected);
    }

    @Test
    void aNumberThatIsNotANumberIsRejected() {
        assertThatThrownBy(() -> SourceNumbers.decimal("Tử số", "mười"))
                .isInstanceOf(RecordRejectedException.class).hasMessage("Tử số 'mười' is not a number");
    }
}
