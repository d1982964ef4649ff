package vn.gov.quangnam.lris.simulator.forms;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays a monthly form out as a spreadsheet would: the header (in the unit's usual column order, some units with a
 * leading {@code STT} column), one row per indicator, and whatever the form's fault changes.
 */
public final class FormSheetBuilder {
    public static final List<String> HEADERS = List.of("Mã đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tử số", "Mẫu số",
            "Ghi chú");
    public static final List<String> HEADERS_WITHOUT_DIACRITICS = List.of("Ma don vi", "Ky bao cao", "Ma chi tieu",
            "Tu so", "Mau so", "Ghi chu");
    private static final int UNIT = 0;
    private static final int PERIOD = 1;
    private static final int INDICATOR = 2;
    private static final int NUMERATOR = 3;
    private static final int DENOMINATOR = 4;
    private static final int NOTE = 5;
    private static final int[] STANDARD_ORDER = {UNIT, PERIOD, INDICATOR, NUMERATOR, DENOMINATOR, NOTE};
    private static final int[] ALTERNATE_ORDER = {INDICATOR, UNIT, PERIOD, NUMERATOR, DENOMINATOR, NOTE};
    private static final DateTimeFormatter PERIOD_FORMAT = DateTimeFormatter.ofPattern("MM/yyyy");

    /** The sheet, whether the fault left a visible mark, and the indicator of the row a row fault made bad. */
    public record BuiltForm(FormSheet sheet, boolean faultVisible, String badIndicator) {
    }

    private FormSheetBuilder() {
    }

    /**
     * @param alternateColumns the unit writes {@code STT} first and the indicator before the unit (any order is valid)
     * @param uniqueUnitName the unit's name when no other unit has it (a form may then name the unit), else null
     */
    public static BuiltForm build(MonthlyForm form, FaultKind fault, boolean alternateColumns, String uniqueUnitName) {
        int[] order = alternateColumns ? ALTERNATE_ORDER : STANDARD_ORDER;
        List<List<FormCell>> rows = new ArrayList<>();
        if (fault == FaultKind.TITLE_ROW) {
            rows.add(List.of(new FormCell.Text("BÁO CÁO SỐ LIỆU CẢI CÁCH HÀNH CHÍNH THÁNG "
                    + form.month().format(PERIOD_FORMAT) + " - " + form.unit().name())));
            rows.add(List.of());
        }
        rows.add(header(fault, order, alternateColumns));
        String badIndicator = null;
        boolean anyThousand = false;
        for (int index = 0; index < form.rows().size(); index++) {
            FormRow row = form.rows().get(index);
            long numerator = row.numerator();
            if (fault == FaultKind.NUMERATOR_EXCEEDS_DENOMINATOR && index == 0) {
                numerator = row.denominator() + Math.max(1, row.denominator() / 10);
                badIndicator = row.indicator();
            }
            anyThousand |= numerator >= 1000 || row.denominator() >= 1000;
            rows.add(dataRow(form, row, numerator, index, fault, order, alternateColumns, uniqueUnitName));
            if (fault == FaultKind.BLANK_ROWS && index % 2 == 1) {
                rows.add(List.of());
            }
        }
        if (fault == FaultKind.BLANK_ROWS) {
            rows.add(List.of());
            rows.add(List.of());
        }
        boolean visible = fault == FaultKind.THOUSANDS_DOTS ? anyThousand
                : fault == FaultKind.UNIT_NAME_INSTEAD_OF_CODE ? uniqueUnitName != null : fault != null;
        return new BuiltForm(new FormSheet(rows), visible, badIndicator);
    }

    private static List<FormCell> header(FaultKind fault, int[] order, boolean alternateColumns) {
        List<String> headers = fault == FaultKind.HEADER_WITHOUT_DIACRITICS ? HEADERS_WITHOUT_DIACRITICS : HEADERS;
        List<FormCell> header = new ArrayList<>();
        if (alternateColumns) {
            header.add(new FormCell.Text("STT"));
        }
        for (int column : order) {
            header.add(new FormCell.Text(text(headers.get(column), fault)));
        }
        return header;
    }

    private static List<FormCell> dataRow(MonthlyForm form, FormRow row, long numerator, int index, FaultKind fault,
                                          int[] order, boolean alternateColumns, String uniqueUnitName) {
        FormCell[] cells = new FormCell[6];
        cells[UNIT] = unitCell(form, fault, uniqueUnitName);
        cells[PERIOD] = fault == FaultKind.EXCEL_DATE_PERIOD ? new FormCell.MonthDate(form.month().atDay(1))
                : new FormCell.Text(form.month().format(PERIOD_FORMAT));
        cells[INDICATOR] = new FormCell.Text(fault == FaultKind.PADDED_LOWERCASE_CODE
                ? " " + row.indicator().toUpperCase(Locale.ROOT) + " " : row.indicator());
        cells[NUMERATOR] = number(numerator, fault);
        cells[DENOMINATOR] = number(row.denominator(), fault);
        cells[NOTE] = new FormCell.Text(text(row.note(), fault));
        List<FormCell> line = new ArrayList<>();
        if (alternateColumns) {
            line.add(new FormCell.Number(index + 1));
        }
        for (int column : order) {
            line.add(cells[column]);
        }
        return line;
    }

    private static FormCell unitCell(MonthlyForm form, FaultKind fault, String uniqueUnitName) {
        String code = form.unit().code();
        if (fault == FaultKind.UNKNOWN_UNIT) {
            return new FormCell.Text(GenerationContext.unknownUnitCode(form.fileName()));
        }
        if (fault == FaultKind.PADDED_LOWERCASE_CODE) {
            return new FormCell.Text(" " + code.toLowerCase(Locale.ROOT) + "  ");
        }
        if (fault == FaultKind.UNIT_NAME_INSTEAD_OF_CODE && uniqueUnitName != null) {
            return new FormCell.Text(uniqueUnitName);
        }
        return new FormCell.Text(code);
    }

    private static FormCell number(long value, FaultKind fault) {
        if (fault == FaultKind.DECIMAL_COMMA) {
            return new FormCell.Text(value + ",0");
        }
        if (fault == FaultKind.THOUSANDS_DOTS && value >= 1000) {
            return new FormCell.Text(String.format(Locale.ROOT, "%,d", value).replace(',', '.'));
        }
        return new FormCell.Number(value);
    }

    private static String text(String value, FaultKind fault) {
        return fault == FaultKind.NFD_TEXT ? Normalizer.normalize(value, Normalizer.Form.NFD) : value;
    }
}
