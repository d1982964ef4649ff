package vn.gov.quangnam.lris.schema.reference.units;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.schema.reference.ReferenceDataException;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.quangnam.lris.schema.reference.ReferenceFileFixtures.UNITS_HEADER;
import static vn.gov.quangnam.lris.schema.reference.ReferenceFileFixtures.write;

class UnitCatalogueTest {
    private static final UnitCatalogue BUNDLED = UnitCatalogue.load(ReferenceFiles.bundled().unitFiles());

    @TempDir
    Path directory;

    @Test
    void theTreeOf2024Has18DistrictsAnd241Communes() {
        LocalDate day = LocalDate.of(2024, 6, 30);
        assertThat(BUNDLED.validOn(day, UnitLevel.DISTRICT)).hasSize(18);
        assertThat(BUNDLED.validOn(day, UnitLevel.COMMUNE)).hasSize(241);
        assertThat(BUNDLED.validOn(day, UnitLevel.PROVINCE)).extracting(Unit::code).containsExactly("49");
    }

    @Test
    void theTreeAfterThe2025ReorganisationHas17DistrictsAnd234Communes() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertThat(BUNDLED.validOn(day, UnitLevel.DISTRICT)).hasSize(17);
        assertThat(BUNDLED.validOn(day, UnitLevel.COMMUNE)).hasSize(234);
        assertThat(BUNDLED.find("519", day)).as("Nông Sơn was abolished on 2025-01-01").isEmpty();
    }

    @Test
    void trungPhuocMovesFromNongSonToQueSon() {
        assertThat(BUNDLED.find("20656", LocalDate.of(2024, 12, 31)).orElseThrow().parentCode()).isEqualTo("519");
        assertThat(BUNDLED.find("20656", LocalDate.of(2025, 1, 1)).orElseThrow().parentCode()).isEqualTo("509");
        assertThat(BUNDLED.find("519", LocalDate.of(2024, 1, 1)).orElseThrow().successorCode()).isEqualTo("509");
    }

    @Test
    void everyCommuneOfEveryDayBelongsToADistrictValidThatDay() {
        for (LocalDate day : List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 23))) {
            for (Unit commune : BUNDLED.validOn(day, UnitLevel.COMMUNE)) {
                assertThat(BUNDLED.find(commune.parentCode(), day)).as("parent of %s on %s", commune.code(), day)
                        .hasValueSatisfying(parent -> assertThat(parent.level()).isEqualTo(UnitLevel.DISTRICT));
            }
        }
    }

    @Test
    void theProvinceAgenciesAreDepartmentsOfTheProvince() {
        List<Unit> departments = BUNDLED.validOn(LocalDate.of(2024, 1, 1), UnitLevel.DEPARTMENT);
        assertThat(departments).hasSizeGreaterThanOrEqualTo(15).allSatisfy(unit -> assertThat(unit.parentCode()).isEqualTo("49"));
        assertThat(departments).extracting(Unit::name).contains("Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh",
                "Sở Văn hóa, Thể thao và Du lịch", "Ban Quản lý các Khu kinh tế và Khu công nghiệp");
    }

    @Test
    void aUnitOfAnotherProvinceCanBeAddedByConfiguration() {
        ReferenceFile other = write(directory, "da-nang.csv", UNITS_HEADER
                + "48,Thành phố Đà Nẵng,Thành phố,province,,2020-01-01,,\n"
                + "490,Quận Liên Chiểu,Quận,district,48,2020-01-01,,\n");
        UnitCatalogue catalogue = UnitCatalogue.load(withBundled(other));
        assertThat(catalogue.find("490", LocalDate.of(2024, 1, 1))).isPresent();
        assertThat(catalogue.provinceOf(catalogue.find("490", LocalDate.of(2024, 1, 1)).orElseThrow())).isEqualTo("48");
    }

    @Test
    void aDuplicateCodeIsRejectedWithFileAndLine() {
        ReferenceFile extra = write(directory, "extra.csv", UNITS_HEADER + "502,Thành phố Tam Kỳ,Thành phố,district,49,2020-01-01,,\n");
        assertThatThrownBy(() -> UnitCatalogue.load(withBundled(extra)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("nothing was changed")
                .hasMessageContaining(extra.name() + " line 2: duplicate code 502")
                .hasMessageContaining("reference/units/quang-nam.csv line ");
    }

    @Test
    void aChildWhoseParentDoesNotExistOnThatDateIsRejected() {
        ReferenceFile extra = write(directory, "extra.csv", UNITS_HEADER
                + "# a commune of Nông Sơn after Nông Sơn was abolished\n"
                + "99999,Xã Thử,Xã,commune,519,2025-01-01,,\n");
        assertThatThrownBy(() -> UnitCatalogue.load(withBundled(extra)))
                .hasMessageContaining(extra.name() + " line 3: parent 519 of unit 99999 does not exist on 2025-01-01");
    }

    @Test
    void aParentThatEndsBeforeItsChildIsRejectedOnTheFirstUncoveredDay() {
        ReferenceFile extra = write(directory, "extra.csv", UNITS_HEADER + "99998,Xã Thử,Xã,commune,519,2024-06-01,2025-06-30,\n");
        assertThatThrownBy(() -> UnitCatalogue.load(withBundled(extra)))
                .hasMessageContaining(extra.name() + " line 2: parent 519 of unit 99998 does not exist on 2025-01-01");
    }

    @Test
    void overlappingValidityIsRejected() {
        ReferenceFile extra = write(directory, "extra.csv", UNITS_HEADER
                + "77777,Xã A,Xã,commune,502,2020-01-01,2024-12-31,\n"
                + "77777,Xã A mới,Xã,commune,502,2024-06-01,,\n");
        assertThatThrownBy(() -> UnitCatalogue.load(withBundled(extra)))
                .hasMessageContaining(extra.name() + " line 3: overlapping validity: 77777 is valid from 2024-06-01 here but also until 2024-12-31 at " + extra.name() + " line 2");
    }

    @Test
    void aCommuneUnderACommuneIsRejected() {
        ReferenceFile extra = write(directory, "extra.csv", UNITS_HEADER + "77776,Xã B,Xã,commune,20335,2020-01-01,,\n");
        assertThatThrownBy(() -> UnitCatalogue.load(withBundled(extra)))
                .hasMessageContaining(extra.name() + " line 2: parent 20335 of commune 77776 is a commune on 2020-01-01; a commune belongs to a district");
    }

    @Test
    void malformedRowsAreAllReportedAtOnce() {
        ReferenceFile extra = write(directory, "extra.csv", UNITS_HEADER
                + "77776,,Xã,commune,502,2020-01-01,,\n"
                + "77775,Xã C,Xã,hamlet,502,2020-01-01,,\n"
                + "77774,Xã D,Xã,commune,502,01/01/2020,,\n"
                + "77773,Xã E,Xã,commune,502,2021-01-01,2020-01-01,\n");
        assertThatThrownBy(() -> UnitCatalogue.load(withBundled(extra)))
                .hasMessageContaining("line 2: unit_name is empty")
                .hasMessageContaining("line 3: level 'hamlet' is not one of province, department, district, commune")
                .hasMessageContaining("line 4: valid_from '01/01/2020' is not a date; write it as yyyy-MM-dd")
                .hasMessageContaining("line 5: valid_to 2020-01-01 is before valid_from 2021-01-01");
    }

    @Test
    void aFileWithoutTheExpectedHeaderIsRejected() {
        ReferenceFile extra = write(directory, "extra.csv", "code,name\n1,x\n");
        assertThatThrownBy(() -> UnitCatalogue.load(withBundled(extra)))
                .hasMessageContaining(extra.name() + " line 1: the header has no column 'unit_code'");
    }

    private static List<ReferenceFile> withBundled(ReferenceFile extra) {
        List<ReferenceFile> files = new ArrayList<>(ReferenceFiles.bundled().unitFiles());
        files.add(extra);
        return files;
    }
}
