package vn.gov.quangnam.lris.ingestion.results;

import vn.gov.quangnam.lris.ingestion.common.JsonFields;
import vn.gov.quangnam.lris.ingestion.common.RawRow;
import vn.gov.quangnam.lris.ingestion.common.RecordMapper;
import vn.gov.quangnam.lris.ingestion.common.RecordRejectedException;
import vn.gov.quangnam.lris.ingestion.common.RejectionReason;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;

import java.time.LocalDate;
import vn.gov.quangnam.lris.schema.tables.RawResultsTable;

/**
 * Maps an issued procedure result of a results register (sources.md §3) to {@code raw.procedure_results}. The same
 * mapper serves the REST and the JDBC registers (the JDBC reader presents rows with the contract's field names).
 */
public final class ResultMapper implements RecordMapper {
    private static final RawRow.Layout LAYOUT = RawRow.layout(RawResultsTable.SCHEMA);

    private final UnitResolver units;

    public ResultMapper(UnitResolver units) {
        this.units = units;
    }

    @Override
    public String source() {
        return "results";
    }

    @Override
    public String keyField() {
        return "maKetQua";
    }

    @Override
    public RawRow map(JsonFields fields) {
        RawRow row = LAYOUT.newRow();
        LocalDate issued = fields.requiredDate("ngayCap");
        LocalDate validUntil = fields.optionalFutureDate("hieuLucDen");
        LocalDate digitized = fields.optionalDate("ngaySoHoa");
        if (validUntil != null && validUntil.isBefore(issued)) {
            throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, "hieuLucDen " + validUntil + " is before ngayCap " + issued);
        }
        if (digitized != null && digitized.isBefore(issued)) {
            throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, "ngaySoHoa " + digitized
                    + " is before ngayCap " + issued + ": a result cannot be digitized before it is issued");
        }
        row.set("result_id", fields.requiredCode("maKetQua"));
        row.set("unit_code", units.require("maDonVi", fields.requiredCode("maDonVi"), issued));
        row.set("procedure_code", fields.optionalCode("maTTHC"));
        row.set("issued_date", issued);
        row.set("valid_until_date", validUntil);
        row.set("digitized_date", digitized);
        row.set("updated_at", fields.requiredInstant("ngayCapNhat"));
        return row;
    }
}
