package vn.gov.quangnam.lris.ingestion.onestop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.ingestion.common.JsonFields;
import vn.gov.quangnam.lris.ingestion.common.ProcessedRecord;
import vn.gov.quangnam.lris.ingestion.common.SourceRecord;
import vn.gov.quangnam.lris.ingestion.common.SourceRecordProcessor;
import vn.gov.quangnam.lris.ingestion.common.SourceTimestamps;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.reference.units.UnitCatalogue;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class OneStopDossierMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UnitResolver UNITS = new UnitResolver(UnitCatalogue.load(ReferenceFiles.bundled().unitFiles()));
    private static final SourceTimestamps TIMESTAMPS = new SourceTimestamps(SourceTimestamps.DEFAULT_ZONE, Instant.parse("2025-06-01T00:00:00Z"));
    private static final SourceRecordProcessor PROCESSOR = new SourceRecordProcessor(new OneStopDossierMapper(UNITS), TIMESTAMPS);

    @Test
    void aGoodDossierIsMappedToEnglishColumnsWithUtcInstants() {
        ProcessedRecord.Landed landed = (ProcessedRecord.Landed) process(dossier());
        Map<String, Object> row = landed.row().columns();
        assertThat(landed.key()).isEqualTo("HS-0001");
        assertThat(row).containsEntry("unit_code", "20335")
                .containsEntry("channel", 2)
                .containsEntry("received_at", Instant.parse("2024-03-05T01:30:00Z"))
                .containsEntry("finished_at", Instant.parse("2024-03-08T03:00:00Z"))
                .containsEntry("supplement_request_count", 1)
                .containsEntry("supplement_seconds", 86400L)
                .containsEntry("has_fee", true)
                .containsEntry("fee_vnd", 50000L)
                .containsEntry("online_payment_channel", 2)
                .containsEntry("satisfaction_rating", 5)
                .containsEntry("updated_at", Instant.parse("2024-03-08T03:05:00Z"));
        assertThat(landed.updatedAt()).isEqualTo(Instant.parse("2024-03-08T03:05:00Z"));
    }

    @Test
    void normalisableFaultsAreAcceptedNfdSpacesLowerCaseCompactAndLocalTimestamps() {
        ProcessedRecord result = process(dossier(record -> {
            record.put("maHoSo", " hs-0001 ");
            record.put("maDonVi", " 20335 ");
            record.put("maLinhVuc", Normalizer.normalize("Hộ tịch", Normalizer.Form.NFD));
            record.put("ngayTiepNhan", "20240305083000");
            record.put("ngayCapNhat", "2024-03-08T10:05:00");
        }));
        assertThat(result).isInstanceOfSatisfying(ProcessedRecord.Landed.class, landed -> {
            assertThat(landed.key()).isEqualTo("HS-0001");
            assertThat(landed.row().columns()).containsEntry("procedure_field", "Hộ tịch")
                    .containsEntry("received_at", Instant.parse("2024-03-05T01:30:00Z"))
                    .containsEntry("updated_at", Instant.parse("2024-03-08T03:05:00Z"));
        });
    }

    @Test
    void badRecordsAreQuarantinedWithAReasonAPersonUnderstands() {
        assertQuarantined(record -> record.put("maDonVi", "99999"),
                "unknown_unit: maDonVi '99999' is not a unit of the province on 2024-03-05");
        assertQuarantined(record -> record.put("maDonVi", "20672").put("ngayTiepNhan", "2025-01-05T08:00:00+07:00")
                        .put("ngayKetThucXuLy", (String) null).put("ngayTra", (String) null),
                "unknown_unit: maDonVi '20672' is not a unit of the province on 2025-01-05");
        assertQuarantined(record -> record.put("ngayTiepNhan", "1999-05-01T08:00:00+07:00"),
                "date_out_of_range: ngayTiepNhan '1999-05-01T08:00:00+07:00' is before 2000");
        assertQuarantined(record -> record.put("soTienLePhi", -5000), "impossible_number: soTienLePhi = -5000 is negative");
        assertQuarantined(record -> record.put("danhGiaHaiLong", 7), "impossible_number: danhGiaHaiLong = 7 is outside 1..5");
        assertQuarantined(record -> record.put("ngayKetThucXuLy", "2024-03-01T08:00:00+07:00"),
                "impossible_number: ngayKetThucXuLy 2024-03-01T01:00:00Z is before ngayTiepNhan 2024-03-05T01:30:00Z");
        assertQuarantined(record -> record.put("ngayHenTra", "không rõ"), "unparseable: ngayHenTra 'không rõ' is not a time stamp");
        assertQuarantined(record -> record.remove("maDonVi"), "missing_field: maDonVi is missing or empty");
    }

    @Test
    void aRecordThatIsNotAnObjectIsQuarantinedAsUnparseable() {
        ProcessedRecord result = PROCESSOR.process(SourceRecord.unparseable("tamky", "[1,2]", "the record is not a JSON object", Instant.EPOCH));
        assertThat(result).isInstanceOfSatisfying(ProcessedRecord.Quarantined.class,
                bad -> assertThat(bad.reason()).isEqualTo("unparseable: the record is not a JSON object"));
    }

    private static void assertQuarantined(Consumer<ObjectNode> change, String reason) {
        ProcessedRecord result = process(dossier(change));
        assertThat(result).isInstanceOfSatisfying(ProcessedRecord.Quarantined.class, bad -> {
            assertThat(bad.reason()).startsWith(reason);
            assertThat(bad.payload()).contains("HS-0001");
        });
    }

    private static ProcessedRecord process(ObjectNode record) {
        return PROCESSOR.process(SourceRecord.parsed("tamky", record.toString(), record, null, Instant.EPOCH));
    }

    private static ObjectNode dossier() {
        return dossier(record -> { });
    }

    private static ObjectNode dossier(Consumer<ObjectNode> change) {
        ObjectNode record = JSON.createObjectNode()
                .put("maHoSo", "HS-0001").put("maDonVi", "20335").put("maTTHC", "1.001234").put("maLinhVuc", "Hộ tịch")
                .put("kenhThucHien", 2).put("mucDoDVC", "TOAN_TRINH")
                .put("ngayTiepNhan", "2024-03-05T08:30:00+07:00").put("ngayHenTra", "2024-03-10T17:00:00+07:00")
                .put("ngayKetThucXuLy", "2024-03-08T10:00:00+07:00").put("ngayTra", "2024-03-08T10:00:00+07:00")
                .put("trangThaiHoSo", 10).put("coLePhi", 1).put("soTienLePhi", 50000).put("duocThanhToanTrucTuyen", 2)
                .put("hoSoCoThanhPhanSoHoa", 1).put("coKetQuaDienTu", 1).put("taiKhoanDuocXacThucVoiVNeID", 1)
                .put("coVanBanXinLoi", 0).put("danhGiaHaiLong", 5).put("ngayCapNhat", "2024-03-08T10:05:00+07:00");
        record.putArray("danhSachBoSung").addObject()
                .put("ngayYeuCau", "2024-03-06T08:00:00+07:00").put("ngayHoanThanh", "2024-03-07T08:00:00+07:00");
        change.accept(record);
        return record;
    }
}
