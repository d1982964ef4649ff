package vn.gov.quangnam.lris.ingestion.forms;

import vn.gov.quangnam.lris.ingestion.common.SourceText;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a self-reported monthly form (sources.md §4), recognised by their Vietnamese headers with or
 * without diacritics, in any order ("Mã đơn vị", "Ma don vi", "MÃ ĐƠN VỊ" are the same column).
 */
enum FormColumn {
    UNIT("maDonVi", "don vi"),
    PERIOD("kyBaoCao", "ky bao cao"),
    INDICATOR("maChiTieu", "chi tieu"),
    NUMERATOR("tuSo", "tu so"),
    DENOMINATOR("mauSo", "mau so"),
    NOTE("ghiChu", "ghi chu");

    private final String field;
    private final String foldedHeader;

    FormColumn(String field, String foldedHeader) {
        this.field = field;
        this.foldedHeader = foldedHeader;
    }

    /** The JSON field the reader gives the cell, as the mapper reads it. */
    String field() {
        return field;
    }

    static Optional<FormColumn> ofHeader(String header) {
        String folded = SourceText.folded(header);
        return Arrays.stream(values()).filter(column -> folded.contains(column.foldedHeader)).findFirst();
    }

    static boolean isRequired(FormColumn column) {
        return column != NOTE;
    }
}
