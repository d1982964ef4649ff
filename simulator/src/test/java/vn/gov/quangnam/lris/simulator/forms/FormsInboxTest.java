package vn.gov.quangnam.lris.simulator.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;
import vn.gov.quangnam.lris.simulator.faults.Faults;
import vn.gov.quangnam.lris.simulator.faults.QuarantineReason;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.UnitDirectory;
import vn.gov.quangnam.lris.simulator.truth.ExpectedFormRow;
import vn.gov.quangnam.lris.simulator.truth.FormFileTruth;
import vn.gov.quangnam.lris.simulator.truth.FormsTruth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms written into a real folder and read back (XLSX with Apache POI): who sends what, and each forms fault. */
class FormsInboxTest {
    private static final UnitDirectory UNITS = UnitDirectory.bundled();
    private static final GenerationContext CONTEXT = GenerationContext.of(42, UNITS);
    private static final LocalDate MARCH_END = LocalDate.of(2024, 3, 31);

    @TempDir
    Path inbox;

    @Test
    void theRightUnitsSendTheRightIndicatorsAndTheFilesHoldTheExpectedFigures() throws IOException {
        FormsTruth truth = write(List.of());
        List<Unit> units = UNITS.validOn(MARCH_END);
        Set<String> withoutSystems = codes(units, unit -> unit.level() == UnitLevel.COMMUNE
                && Set.of("504", "516").contains(unit.parentCode()));
        Set<String> phuNinh = codes(units, unit -> unit.level() == UnitLevel.COMMUNE && unit.parentCode().equals("518"));
        Set<String> districts = codes(units, unit -> unit.level() == UnitLevel.DISTRICT);
        Map<String, Set<String>> indicators = truth.expectedRows().stream().collect(Collectors.groupingBy(
                ExpectedFormRow::unitCode, Collectors.mapping(ExpectedFormRow::indicator, Collectors.toSet())));
        Set<String> expectedSenders = new HashSet<>(withoutSystems);
        expectedSenders.addAll(phuNinh);
        expectedSenders.addAll(districts);
        assertThat(indicators.keySet()).isEqualTo(expectedSenders);
        withoutSystems.forEach(code -> assertThat(indicators.get(code)).isEqualTo(Set.copyOf(FormIndicators.SYSTEM_INDICATORS)));
        phuNinh.forEach(code -> assertThat(indicators.get(code)).containsExactly("e_processing"));
        districts.forEach(code -> assertThat(indicators.get(code)).isEqualTo(Set.copyOf(FormIndicators.FORM_ONLY_INDICATORS)));
        assertThat(truth.files()).extracting(FormFileTruth::format).contains(FormFormat.CSV, FormFormat.XLSX);
        assertThat(truth.expectedRows()).allMatch(row -> row.numerator() <= row.denominator() && row.denominator() > 0);

        for (FormFileTruth file : truth.files()) {
            assertThat(readFigures(inbox.resolve(file.fileName()))).as(file.fileName()).isEqualTo(
                    truth.expectedRows().stream().filter(row -> row.fileName().equals(file.fileName()))
                            .map(row -> List.of(row.unitCode(), "03/2024", row.indicator(),
                                    Long.toString(row.numerator()), Long.toString(row.denominator())))
                            .collect(Collectors.toSet()));
        }
        try (var files = Files.list(inbox)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void selfReportedEProcessingOfPhuNinhRunsAboveItsUnitsSystemShare() {
        FormsTruth truth = write(List.of());
        List<ExpectedFormRow> phuNinh = truth.expectedRows().stream().filter(row -> row.indicator().equals("e_processing")
                && UNITS.find(row.unitCode(), MARCH_END).orElseThrow().parentCode().equals("518")).toList();
        assertThat(phuNinh).isNotEmpty().allMatch(row -> (double) row.numerator() / row.denominator()
                >= CONTEXT.profiles().of(row.unitCode()).eProcessingShare() - 0.1);
    }

    @Test
    void headersWithoutDiacriticsATitleRowAndBlankRows() throws IOException {
        assertThat(rows(FaultKind.HEADER_WITHOUT_DIACRITICS)).anyMatch(row -> row.contains("Ma don vi")
                && row.contains("Ky bao cao") && row.contains("Tu so") && row.contains("Mau so"));
        List<List<String>> titled = rows(FaultKind.TITLE_ROW);
        assertThat(titled.get(0).get(0)).startsWith("BÁO CÁO SỐ LIỆU CẢI CÁCH HÀNH CHÍNH THÁNG 03/2024");
        assertThat(titled.get(2)).contains("Mã đơn vị");
        assertThat(rows(FaultKind.BLANK_ROWS)).anyMatch(row -> row.stream().allMatch(String::isEmpty));
    }

    @Test
    void decimalCommasThousandsDotsAndNfdText() throws IOException {
        assertThat(cells(FaultKind.DECIMAL_COMMA)).anyMatch(cell -> cell.matches("\\d+,0"));
        assertThat(cells(FaultKind.THOUSANDS_DOTS)).anyMatch(cell -> cell.matches("\\d{1,3}(\\.\\d{3})+"));
        assertThat(cells(FaultKind.NFD_TEXT)).contains(Normalizer.normalize("Mã đơn vị", Normalizer.Form.NFD))
                .doesNotContain("Mã đơn vị");
    }

    @Test
    void excelDatesNamesInsteadOfCodesAndPaddedCodes() throws IOException {
        List<String> dated = cells(FaultKind.EXCEL_DATE_PERIOD);
        assertThat(dated).contains("date:2024-03-01", "01/03/2024");
        List<String> named = cells(FaultKind.UNIT_NAME_INSTEAD_OF_CODE);
        assertThat(named).contains("Xã Ch'ơm", "Huyện Tây Giang");
        assertThat(cells(FaultKind.PADDED_LOWERCASE_CODE)).anyMatch(cell -> cell.matches(" \\d+  "))
                .contains(" E_PROCESSING ");
    }

    @Test
    void theSameFormSentTwiceIsBadTheSecondTime() throws IOException {
        FormsTruth truth = write(List.of(FaultRule.of("forms", Source.FORMS, FaultKind.DUPLICATE_FORM).share(0.2)));
        assertThat(truth.badRows()).isNotEmpty().allMatch(bad -> bad.fileName().contains("_gui-lai.")
                && bad.reason() == QuarantineReason.DUPLICATE_FORM && bad.indicator() == null);
        String resent = truth.badRows().get(0).fileName();
        String original = resent.replace("_gui-lai", "");
        assertThat(Files.readAllBytes(inbox.resolve(resent))).isEqualTo(Files.readAllBytes(inbox.resolve(original)));
        assertThat(truth.expectedRows()).anyMatch(row -> row.fileName().equals(original))
                .noneMatch(row -> row.fileName().equals(resent));
    }

    @Test
    void aNumeratorAboveItsDenominatorIsBadForThatRowOnly() throws IOException {
        FormsTruth truth = write(List.of(FaultRule.of("forms", Source.FORMS, FaultKind.NUMERATOR_EXCEEDS_DENOMINATOR)
                .share(1.0)));
        assertThat(truth.badRows()).hasSameSizeAs(truth.files())
                .allMatch(bad -> bad.reason() == QuarantineReason.IMPOSSIBLE_NUMBER && bad.indicator() != null);
        String file = truth.files().get(0).fileName();
        String badIndicator = truth.badRows().get(0).indicator();
        assertThat(readFigures(inbox.resolve(file))).anyMatch(row -> row.get(2).equals(badIndicator)
                && Long.parseLong(row.get(3)) > Long.parseLong(row.get(4)));
        assertThat(truth.expectedRows()).noneMatch(row -> row.fileName().equals(file) && row.indicator().equals(badIndicator));
    }

    @Test
    void anUnknownUnitMakesTheWholeFormBad() {
        FormsTruth truth = write(List.of(FaultRule.of("forms", Source.FORMS, FaultKind.UNKNOWN_UNIT).share(1.0)));
        assertThat(truth.badRows()).hasSameSizeAs(truth.files())
                .allMatch(bad -> bad.reason() == QuarantineReason.UNKNOWN_UNIT && bad.indicator() == null);
        assertThat(truth.expectedRows()).isEmpty();
    }

    private FormsTruth write(List<FaultRule> rules) {
        EndpointLayout layout = EndpointLayout.standard(null, inbox);
        Faults faults = new Faults(42, layout);
        faults.addAll(rules);
        FormsInbox forms = new FormsInbox(layout.inbox().orElseThrow(), new FormPlan(CONTEXT, layout), faults, CONTEXT);
        forms.writeEndedMonths(LocalDate.of(2024, 3, 1), MARCH_END);
        FormsTruth truth = forms.truth();
        assertThat(truth.files()).extracting(FormFileTruth::month).containsOnly(YearMonth.of(2024, 3));
        return truth;
    }

    /** Every row of every file written with the fault on all forms. */
    private List<List<String>> rows(FaultKind kind) throws IOException {
        FormsTruth truth = write(List.of(FaultRule.of("forms", Source.FORMS, kind).share(1.0)));
        assertThat(truth.normalisedFiles()).isNotEmpty().allMatch(file -> file.fault() == kind);
        assertThat(truth.badRows()).isEmpty();
        List<List<String>> rows = new ArrayList<>();
        for (FormFileTruth file : truth.files()) {
            rows.addAll(FormFileReader.read(inbox.resolve(file.fileName())));
        }
        return rows;
    }

    private List<String> cells(FaultKind kind) throws IOException {
        return rows(kind).stream().flatMap(List::stream).toList();
    }

    /** The data rows of a clean form as (unit, period, indicator, numerator, denominator), whatever the column order. */
    private static Set<List<String>> readFigures(Path file) throws IOException {
        List<List<String>> rows = FormFileReader.read(file);
        List<String> header = rows.stream().filter(row -> row.contains("Mã đơn vị")).findFirst().orElseThrow();
        Set<List<String>> figures = new HashSet<>();
        for (List<String> row : rows.subList(rows.indexOf(header) + 1, rows.size())) {
            if (row.stream().allMatch(String::isEmpty)) {
                continue;
            }
            figures.add(List.of(row.get(header.indexOf("Mã đơn vị")), row.get(header.indexOf("Kỳ báo cáo")),
                    row.get(header.indexOf("Mã chỉ tiêu")), row.get(header.indexOf("Tử số")),
                    row.get(header.indexOf("Mẫu số"))));
        }
        return figures;
    }

    private static Set<String> codes(List<Unit> units, java.util.function.Predicate<Unit> filter) {
        return units.stream().filter(filter).map(Unit::code).collect(Collectors.toSet());
    }
}
