package vn.gov.quangnam.lris.simulator;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;
import vn.gov.quangnam.lris.simulator.generation.Feed;
import vn.gov.quangnam.lris.simulator.generation.RecordText;
import vn.gov.quangnam.lris.simulator.generation.UnitDirectory;
import vn.gov.quangnam.lris.simulator.generation.UnitProfile;
import vn.gov.quangnam.lris.simulator.generation.VolumeClass;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedProvinceTest {
    private static final UnitDirectory UNITS = UnitDirectory.bundled();

    @Test
    void theSameSeedGivesIdenticalRecords() {
        SimulatedProvince first = SimulatedProvince.generate(TestSimulators.small(), UNITS);
        SimulatedProvince second = SimulatedProvince.generate(TestSimulators.small(), UNITS);
        for (Feed feed : first.feeds()) {
            List<String> records = RecordText.all(feed);
            assertThat(records).as(feed.describe()).isNotEmpty()
                    .isEqualTo(RecordText.all(second.feed(feed.endpoint().name(), feed.source()).orElseThrow()));
        }
    }

    @Test
    void anotherSeedGivesOtherRecords() {
        SimulatedProvince first = SimulatedProvince.generate(TestSimulators.small(), UNITS);
        SimulatedProvince other = SimulatedProvince.generate(TestSimulators.small().withSeed(7), UNITS);
        Feed dossiers = first.feed("province", Source.DOSSIERS).orElseThrow();
        assertThat(RecordText.all(dossiers))
                .isNotEqualTo(RecordText.all(other.feed("province", Source.DOSSIERS).orElseThrow()));
    }

    @Test
    void communesWithoutSystemsProduceNoRecordsAndEveryOtherUnitDoes() {
        SimulatedProvince province = SimulatedProvince.generate(TestSimulators.small().withScale(1), UNITS);
        Set<String> producing = new HashSet<>();
        province.feeds().forEach(feed -> feed.forEachVisibleEntry((id, key, unit, day, updatedAt) -> producing.add(unit)));
        List<Unit> units = UNITS.validOn(TestSimulators.TO);
        List<String> withoutSystem = units.stream().filter(unit -> unit.level() == UnitLevel.COMMUNE
                && (unit.parentCode().equals("504") || unit.parentCode().equals("516"))).map(Unit::code).toList();
        assertThat(withoutSystem).isNotEmpty();
        assertThat(producing).doesNotContainAnyElementsOf(withoutSystem);
        assertThat(producing).containsAll(units.stream().filter(unit -> unit.level() != UnitLevel.PROVINCE)
                .map(Unit::code).filter(code -> !withoutSystem.contains(code)).toList());
    }

    @Test
    void citiesAndDepartmentsReceiveFarMoreDossiersThanMountainCommunesAndWeekdaysMoreThanWeekends() {
        SimulatedProvince province = SimulatedProvince.generate(TestSimulators.small().withRange(
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)), UNITS);
        Map<VolumeClass, Integer> perClass = new HashMap<>();
        Map<VolumeClass, Set<String>> unitsPerClass = new HashMap<>();
        int[] perDayOfWeek = new int[8];
        for (Feed feed : province.feeds()) {
            if (feed.source() != Source.DOSSIERS) {
                continue;
            }
            feed.forEachVisibleEntry((id, key, unit, day, updatedAt) -> {
                VolumeClass volumeClass = province.context().profiles().of(unit).volumeClass();
                perClass.merge(volumeClass, 1, Integer::sum);
                unitsPerClass.computeIfAbsent(volumeClass, ignored -> new HashSet<>()).add(unit);
                perDayOfWeek[day.getDayOfWeek().getValue()]++;
            });
        }
        double cityDistrict = perUnit(perClass, unitsPerClass, VolumeClass.CITY_DISTRICT);
        double department = perUnit(perClass, unitsPerClass, VolumeClass.DEPARTMENT);
        double mountainCommune = perUnit(perClass, unitsPerClass, VolumeClass.MOUNTAIN_COMMUNE);
        assertThat(cityDistrict).isGreaterThan(10 * mountainCommune);
        assertThat(department).isGreaterThan(5 * mountainCommune);
        assertThat(perDayOfWeek[DayOfWeek.WEDNESDAY.getValue()]).isGreaterThan(3 * perDayOfWeek[DayOfWeek.SATURDAY.getValue()]);
        assertThat(perDayOfWeek[DayOfWeek.SATURDAY.getValue()]).isGreaterThan(perDayOfWeek[DayOfWeek.SUNDAY.getValue()]);
    }

    @Test
    void aDossierTargetGivesExactlyThatManyDossiers() {
        SimulatedProvince province = SimulatedProvince.generate(TestSimulators.small().withDossierTarget(12_345), UNITS);
        int dossiers = province.feeds().stream().filter(feed -> feed.source() == Source.DOSSIERS).mapToInt(Feed::size).sum();
        assertThat(dossiers).isEqualTo(12_345);
    }

    @Test
    void unitsProduceRecordsOnlyWhileValidAndFollowTheirNewDistrict() {
        SimulatedProvince province = SimulatedProvince.generate(TestSimulators.small().withScale(3)
                .withRange(LocalDate.of(2024, 12, 16), LocalDate.of(2025, 1, 15)), UNITS);
        Map<String, List<LocalDate>> daysPerUnit = new HashMap<>();
        province.feed("province", Source.DOSSIERS).orElseThrow().forEachVisibleEntry((id, key, unit, day, updatedAt) ->
                daysPerUnit.computeIfAbsent(unit, ignored -> new ArrayList<>()).add(day));
        List<LocalDate> phuocHoa = new ArrayList<>();
        province.feed("tamky", Source.DOSSIERS).orElseThrow().forEachVisibleEntry((id, key, unit, day, updatedAt) -> {
            if (unit.equals("20338")) {
                phuocHoa.add(day);
            }
        });
        LocalDate newYear = LocalDate.of(2025, 1, 1);
        assertThat(phuocHoa).as("Phường Phước Hòa (Tam Kỳ) ended 2024-12-31").isNotEmpty()
                .allMatch(day -> day.isBefore(newYear));
        assertThat(daysPerUnit.get("20674")).as("Xã Quế Phước is valid from 2025-01-01").isNotEmpty()
                .allMatch(day -> !day.isBefore(newYear));
        assertThat(daysPerUnit.get("20656")).as("Trung Phước moved from Nông Sơn to Quế Sơn, still on province")
                .anyMatch(day -> day.isBefore(newYear)).anyMatch(day -> !day.isBefore(newYear));
        assertThat(daysPerUnit.get("519")).as("Nông Sơn district ended 2024-12-31").allMatch(day -> day.isBefore(newYear));
    }

    @Test
    void unitsPerformUnevenlySoThatSomeMeetTheTargetsAndSomeBreachThem() {
        SimulatedProvince province = SimulatedProvince.generate(TestSimulators.small(), UNITS);
        List<UnitProfile> communes = UNITS.validOn(TestSimulators.TO).stream()
                .filter(unit -> unit.level() == UnitLevel.COMMUNE)
                .map(unit -> province.context().profiles().of(unit.code())).toList();
        assertThat(communes).anyMatch(profile -> profile.eProcessingShare() < 0.6)
                .anyMatch(profile -> profile.eProcessingShare() > 0.85)
                .anyMatch(profile -> profile.onlinePaymentShare() < 0.3)
                .anyMatch(profile -> profile.onlinePaymentShare() > 0.3)
                .anyMatch(profile -> profile.lateShare() < 0.01)
                .anyMatch(profile -> profile.lateShare() > 0.05);
    }

    @Test
    void advancingTheClockAddsTheNewDayAndNewVersionsOfEarlierRecords() {
        SimulatedProvince province = SimulatedProvince.generate(TestSimulators.small(), UNITS);
        Feed dossiers = province.feed("province", Source.DOSSIERS).orElseThrow();
        Map<String, Long> before = new HashMap<>();
        dossiers.forEachVisibleEntry((id, key, unit, day, updatedAt) -> before.put(key, updatedAt));

        LocalDate day = province.advanceDay();

        assertThat(day).isEqualTo(TestSimulators.TO.plusDays(1));
        Map<String, Long> after = new HashMap<>();
        List<Long> order = new ArrayList<>();
        dossiers.forEachVisibleEntry((id, key, unit, businessDay, updatedAt) -> {
            after.put(key, updatedAt);
            order.add(updatedAt);
        });
        assertThat(after.keySet()).containsAll(before.keySet());
        assertThat(after.size()).isGreaterThan(before.size());
        assertThat(before.keySet()).anyMatch(key -> after.get(key) > before.get(key));
        assertThat(order).isSorted();
    }

    private static double perUnit(Map<VolumeClass, Integer> perClass, Map<VolumeClass, Set<String>> units,
                                  VolumeClass volumeClass) {
        return perClass.getOrDefault(volumeClass, 0) / (double) units.get(volumeClass).size();
    }
}
