package vn.gov.quangnam.lris.jobs.demo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Settings under {@code lris.demo}: the simulated source systems {@code lris demo} pulls from.
 *
 * @param from {@code lris.demo.from}, default 1 July of the year before last: the first simulated day (so the demo
 *             shows the 2025-01-01 reorganisation and more than a year of history)
 * @param to {@code lris.demo.to}, default yesterday (Hanoi time): the last simulated day
 * @param scale {@code lris.demo.scale}, default 0.15: the share of the province's real volumes to simulate
 *              (1.0 ≈ 610,000 dossiers, 495,000 documents, 239,000 work records, 354,000 results a year)
 * @param seed {@code lris.demo.seed}, default 42: the same seed gives the same records
 * @param simulatorPort {@code lris.demo.simulator-port}, default 0 (a free port)
 */
@ConfigurationProperties("lris.demo")
@Validated
public record DemoProperties(LocalDate from, LocalDate to,
                             @DefaultValue("0.15") @DecimalMin("0.001") @DecimalMax("10") double scale,
                             @DefaultValue("42") long seed, @DefaultValue("0") int simulatorPort) {

    public LocalDate firstDay() {
        return from != null ? from : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusYears(2).withDayOfYear(1).withMonth(7);
    }

    public LocalDate lastDay() {
        return to != null ? to : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
    }
}
