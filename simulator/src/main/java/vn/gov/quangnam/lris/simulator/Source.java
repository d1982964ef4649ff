package vn.gov.quangnam.lris.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of source records the simulator produces (docs/sources.md sections 1-4). {@link #code()} is the path
 * segment of the REST resource ({@code /api/v1/hoso}) and the name used in the admin API and the truth.
 */
public enum Source {
    /** One-stop-shop dossiers (hồ sơ TTHC): {@code /api/v1/hoso}, key {@code maHoSo}. */
    DOSSIERS("hoso", "maHoSo"),
    /** Documents between agencies (văn bản): {@code /api/v1/vanban}, key {@code maVanBan}. */
    DOCUMENTS("vanban", "maVanBan"),
    /** Work records (hồ sơ công việc): {@code /api/v1/hosocongviec}, key {@code maHoSoCongViec}. */
    WORK_RECORDS("hosocongviec", "maHoSoCongViec"),
    /** The results register (kết quả giải quyết TTHC): {@code /api/v1/ketqua} or the table {@code ket_qua_tthc}. */
    RESULTS("ketqua", "maKetQua"),
    /** Self-reported monthly forms (CSV or XLSX files in an inbox folder). */
    FORMS("forms", "file");

    private final String code;
    private final String keyField;

    Source(String code, String keyField) {
        this.code = code;
        this.keyField = keyField;
    }

    public String code() {
        return code;
    }

    /** The field that identifies a record of this source. */
    public String keyField() {
        return keyField;
    }

    public boolean isRecordFeed() {
        return this != FORMS;
    }

    public static Optional<Source> fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(source -> source.code.equals(wanted)).findFirst();
    }

    public static String knownCodes() {
        return String.join(", ", Arrays.stream(values()).map(Source::code).toList());
    }
}
