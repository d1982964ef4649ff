package vn.gov.quangnam.lris.simulator.faults;

import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.Source;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static vn.gov.quangnam.lris.simulator.Source.DOCUMENTS;
import static vn.gov.quangnam.lris.simulator.Source.DOSSIERS;
import static vn.gov.quangnam.lris.simulator.Source.FORMS;
import static vn.gov.quangnam.lris.simulator.Source.RESULTS;
import static vn.gov.quangnam.lris.simulator.Source.WORK_RECORDS;

/**
 * Every fault of docs/sources.md that the simulator can inject, with where it applies. The README's fault table
 * describes what each one does to each source.
 */
public enum FaultKind {
    HTTP_429(FaultCategory.REQUEST, null, restSources()),
    HTTP_500(FaultCategory.REQUEST, null, restSources()),
    HTTP_503(FaultCategory.REQUEST, null, restSources()),
    TIMEOUT(FaultCategory.REQUEST, null, restSources()),
    TRUNCATED_JSON(FaultCategory.REQUEST, null, restSources()),
    INVALID_JSON(FaultCategory.REQUEST, null, restSources()),
    EMPTY_PAGE(FaultCategory.REQUEST, null, restSources()),
    EXPIRED_TOKEN(FaultCategory.REQUEST, null, restSources()),
    SHIFTING_PAGES(FaultCategory.REQUEST, null, restSources()),

    DUPLICATE_IN_PAGE(FaultCategory.PAGE, null, restSources()),
    DUPLICATE_ACROSS_PAGES(FaultCategory.PAGE, null, restSources()),

    NFD_TEXT(FaultCategory.NORMALISABLE, null, EnumSet.of(DOSSIERS, FORMS)),
    PADDED_LOWERCASE_CODE(FaultCategory.NORMALISABLE, null, EnumSet.allOf(Source.class)),
    LOCAL_TIMESTAMP(FaultCategory.NORMALISABLE, null, restSources()),
    COMPACT_TIMESTAMP(FaultCategory.NORMALISABLE, null, restSources()),
    HEADER_WITHOUT_DIACRITICS(FaultCategory.NORMALISABLE, null, EnumSet.of(FORMS)),
    DECIMAL_COMMA(FaultCategory.NORMALISABLE, null, EnumSet.of(FORMS)),
    THOUSANDS_DOTS(FaultCategory.NORMALISABLE, null, EnumSet.of(FORMS)),
    BLANK_ROWS(FaultCategory.NORMALISABLE, null, EnumSet.of(FORMS)),
    TITLE_ROW(FaultCategory.NORMALISABLE, null, EnumSet.of(FORMS)),
    EXCEL_DATE_PERIOD(FaultCategory.NORMALISABLE, null, EnumSet.of(FORMS)),
    UNIT_NAME_INSTEAD_OF_CODE(FaultCategory.NORMALISABLE, null, EnumSet.of(FORMS)),

    UNKNOWN_UNIT(FaultCategory.BAD, QuarantineReason.UNKNOWN_UNIT, EnumSet.allOf(Source.class)),
    FUTURE_DATE(FaultCategory.BAD, QuarantineReason.DATE_OUT_OF_RANGE, EnumSet.of(DOSSIERS, DOCUMENTS, WORK_RECORDS, RESULTS)),
    DATE_BEFORE_2000(FaultCategory.BAD, QuarantineReason.DATE_OUT_OF_RANGE, EnumSet.of(DOSSIERS, DOCUMENTS, WORK_RECORDS, RESULTS)),
    NEGATIVE_NUMBER(FaultCategory.BAD, QuarantineReason.IMPOSSIBLE_NUMBER, EnumSet.of(DOSSIERS, DOCUMENTS, WORK_RECORDS)),
    NUMBER_OUT_OF_RANGE(FaultCategory.BAD, QuarantineReason.IMPOSSIBLE_NUMBER, EnumSet.of(DOSSIERS, DOCUMENTS, WORK_RECORDS)),
    DATES_OUT_OF_ORDER(FaultCategory.BAD, QuarantineReason.IMPOSSIBLE_NUMBER, EnumSet.of(DOSSIERS, WORK_RECORDS, RESULTS)),
    UNPARSEABLE_FIELD(FaultCategory.BAD, QuarantineReason.UNPARSEABLE, restSources()),
    NUMERATOR_EXCEEDS_DENOMINATOR(FaultCategory.BAD, QuarantineReason.IMPOSSIBLE_NUMBER, EnumSet.of(FORMS)),
    DUPLICATE_FORM(FaultCategory.BAD, QuarantineReason.DUPLICATE_FORM, EnumSet.of(FORMS));

    /** Faults that need text in a field: a typed PostgreSQL column cannot hold them. */
    private static final Set<FaultKind> TEXT_ONLY = EnumSet.of(LOCAL_TIMESTAMP, COMPACT_TIMESTAMP, UNPARSEABLE_FIELD);

    private final FaultCategory category;
    private final QuarantineReason reason;
    private final Set<Source> sources;

    FaultKind(FaultCategory category, QuarantineReason reason, Set<Source> sources) {
        this.category = category;
        this.reason = reason;
        this.sources = sources;
    }

    /** The name used in the admin API and the truth: lower snake case, e.g. {@code http_503}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public FaultCategory category() {
        return category;
    }

    /** The quarantine reason of a {@link FaultCategory#BAD} fault; empty for the others. */
    public Optional<QuarantineReason> reason() {
        return Optional.ofNullable(reason);
    }

    public boolean isRecordFault() {
        return category == FaultCategory.NORMALISABLE || category == FaultCategory.BAD;
    }

    /** Whether this fault can be injected into {@code source} records served by an endpoint of {@code kind}. */
    public boolean appliesTo(Source source, EndpointKind kind) {
        if (!sources.contains(source)) {
            return false;
        }
        return switch (kind) {
            case REST -> source != FORMS;
            case POSTGRES_TABLE -> isRecordFault() && !TEXT_ONLY.contains(this);
            case INBOX_FOLDER -> source == FORMS;
        };
    }

    public static Optional<FaultKind> fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.code().equals(wanted)).findFirst();
    }

    public static String knownCodes() {
        return String.join(", ", Arrays.stream(values()).map(FaultKind::code).toList());
    }

    private static Set<Source> restSources() {
        return EnumSet.of(DOSSIERS, DOCUMENTS, WORK_RECORDS, RESULTS);
    }
}
