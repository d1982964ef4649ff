package vn.gov.quangnam.lris.ingestion.forms;

import vn.gov.quangnam.lris.ingestion.common.JsonFields;
import vn.gov.quangnam.lris.ingestion.common.RawRow;
import vn.gov.quangnam.lris.ingestion.common.RecordMapper;
import vn.gov.quangnam.lris.ingestion.common.RecordRejectedException;
import vn.gov.quangnam.lris.ingestion.common.RejectionReason;
import vn.gov.quangnam.lris.ingestion.common.SourceNumbers;
import vn.gov.quangnam.lris.ingestion.common.SourceText;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.schema.reference.indicators.Indicator;
import vn.gov.quangnam.lris.schema.reference.indicators.IndicatorCatalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.quangnam.lris.schema.tables.RawReportFormsTable;

/**
 * Maps a row of a self-reported form to {@code raw.report_form_rows}: the unit by code or by name, the reporting
 * month from {@code MM/yyyy}, {@code M/yyyy}, {@code yyyy-MM} or an Excel date, the indicator by code or Vietnamese
 * name, numbers with decimal commas or thousands dots. Rejects a numerator above its denominator or below zero.
 */
public final class ReportFormRowMapper implements RecordMapper {
    private static final RawRow.Layout LAYOUT = RawRow.layout(RawReportFormsTable.SCHEMA);

    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})(-\\d{1,2})?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2}/(\\d{1,2})/(\\d{4})");

    private final UnitResolver units;
    private final IndicatorCatalogue indicators;

    public ReportFormRowMapper(UnitResolver units, IndicatorCatalogue indicators) {
        this.units = units;
        this.indicators = indicators;
    }

    @Override
    public String source() {
        return ReportFormsReader.SOURCE;
    }

    @Override
    public String keyField() {
        return ReportFormsReader.KEY_FIELD;
    }

    @Override
    public String updatedAtColumn() {
        return "file_modified_at";
    }

    @Override
    public RawRow map(JsonFields fields) {
        String duplicateOf = fields.optionalText("trungLapVoi");
        if (duplicateOf != null) {
            throw new RecordRejectedException(RejectionReason.DUPLICATE_FORM, "the file " + fields.optionalText("tep")
                    + " repeats the form already received as " + duplicateOf + "; it was not counted again");
        }
        YearMonth month = month(fields.requiredCode("kyBaoCao"));
        BigDecimal numerator = nonNegative("tuSo", SourceNumbers.decimal("tuSo", fields.optionalText("tuSo")));
        BigDecimal denominator = nonNegative("mauSo", SourceNumbers.decimal("mauSo", fields.optionalText("mauSo")));
        if (numerator.compareTo(denominator) > 0) {
            throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, "Tử số " + numerator.toPlainString()
                    + " is greater than Mẫu số " + denominator.toPlainString() + " (row " + fields.optionalLong("dong") + ")");
        }
        RawRow row = LAYOUT.newRow();
        row.set("file_name", fields.optionalText("tep"));
        row.set("row_number", fields.requiredInt("dong", 1, Integer.MAX_VALUE));
        row.set("unit_code", units.requireCodeOrName("maDonVi", fields.optionalText("maDonVi") == null
                ? missing("maDonVi") : fields.optionalText("maDonVi"), month.atDay(1)));
        row.set("report_month", month.toString());
        row.set("indicator_code", indicator(fields.optionalText("maChiTieu") == null ? missing("maChiTieu") : fields.optionalText("maChiTieu")));
        row.set("numerator", numerator.setScale(2, RoundingMode.HALF_UP));
        row.set("denominator", denominator.setScale(2, RoundingMode.HALF_UP));
        row.set("note", fields.optionalText("ghiChu"));
        row.set("form_sha256", fields.optionalText("formSha256"));
        row.set("file_modified_at", fields.requiredInstant("ngaySuaTep"));
        return row;
    }

    private YearMonth month(String text) {
        try {
            Matcher monthYear = MONTH_YEAR.matcher(text);
            Matcher yearMonth = YEAR_MONTH.matcher(text);
            Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(text);
            YearMonth month;
            if (monthYear.matches()) {
                month = YearMonth.of(Integer.parseInt(monthYear.group(2)), Integer.parseInt(monthYear.group(1)));
            } else if (yearMonth.matches()) {
                month = YearMonth.of(Integer.parseInt(yearMonth.group(1)), Integer.parseInt(yearMonth.group(2)));
            } else if (dayMonthYear.matches()) {
                month = YearMonth.of(Integer.parseInt(dayMonthYear.group(2)), Integer.parseInt(dayMonthYear.group(1)));
            } else {
                throw new DateTimeParseException("no month", text, 0);
            }
            if (month.getYear() < 2000 || month.isAfter(YearMonth.now().plusMonths(1))) {
                throw new RecordRejectedException(RejectionReason.DATE_OUT_OF_RANGE, "Kỳ báo cáo '" + text + "' is before 2000 or in the future");
            }
            return month;
        } catch (java.time.DateTimeException e) {
            throw new RecordRejectedException(RejectionReason.UNPARSEABLE, "Kỳ báo cáo '" + text + "' is not a month; write it as MM/yyyy");
        }
    }

    private String indicator(String codeOrName) {
        String code = codeOrName.strip().toLowerCase(java.util.Locale.ROOT);
        if (indicators.find(code).isPresent()) {
            return code;
        }
        String folded = SourceText.folded(codeOrName);
        List<Indicator> byName = indicators.indicators().stream().filter(indicator -> SourceText.folded(indicator.nameVi()).equals(folded)).toList();
        if (byName.size() == 1) {
            return byName.get(0).code();
        }
        throw new RecordRejectedException(RejectionReason.UNPARSEABLE, "Mã chỉ tiêu '" + codeOrName
                + "' is not an indicator of the catalogue; use a code such as e_processing or online_payment");
    }

    private static BigDecimal nonNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, field + " " + value.toPlainString() + " is negative");
        }
        return value;
    }

    private static String missing(String field) {
        throw new RecordRejectedException(RejectionReason.MISSING_FIELD, field + " is missing or empty");
    }
}
