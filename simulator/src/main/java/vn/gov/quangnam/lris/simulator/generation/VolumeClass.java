package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.simulator.Source;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * How busy a unit is: mean records per working day at scale 1, per source. City districts (Tam Kỳ, Hội An, Điện Bàn)
 * and departments handle far more dossiers than mountain communes. Weekends are quiet: offices close, only online
 * dossiers and a few Saturday services come in.
 */
public enum VolumeClass {
    DEPARTMENT(30, 25, 12, 18, 0.10),
    CITY_DISTRICT(45, 30, 15, 27, 0.10),
    DISTRICT(18, 20, 8, 11, 0.0),
    MOUNTAIN_DISTRICT(10, 12, 5, 6, -0.10),
    CITY_WARD(9, 6, 3, 5.4, 0.05),
    COMMUNE(4.5, 4, 2, 2.7, 0.0),
    MOUNTAIN_COMMUNE(1.8, 2, 1, 1.1, -0.15);

    static final Set<String> CITY_DISTRICTS = Set.of("502", "503", "507");
    static final Set<String> MOUNTAIN_DISTRICTS = Set.of("504", "505", "510", "511", "515", "516", "519");

    private final double dossiers;
    private final double documents;
    private final double workRecords;
    private final double results;
    private final double qualityShift;

    VolumeClass(double dossiers, double documents, double workRecords, double results, double qualityShift) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.workRecords = workRecords;
        this.results = results;
        this.qualityShift = qualityShift;
    }

    public static VolumeClass of(Unit unit) {
        return switch (unit.level()) {
            case DEPARTMENT, PROVINCE -> DEPARTMENT;
            case DISTRICT -> CITY_DISTRICTS.contains(unit.code()) ? CITY_DISTRICT
                    : MOUNTAIN_DISTRICTS.contains(unit.code()) ? MOUNTAIN_DISTRICT : DISTRICT;
            case COMMUNE -> CITY_DISTRICTS.contains(unit.parentCode()) ? CITY_WARD
                    : MOUNTAIN_DISTRICTS.contains(unit.parentCode()) ? MOUNTAIN_COMMUNE : COMMUNE;
        };
    }

    /** Mean records of {@code source} on a working day (Monday to Friday) at scale 1. */
    public double perWorkingDay(Source source) {
        return switch (source) {
            case DOSSIERS -> dossiers;
            case DOCUMENTS -> documents;
            case WORK_RECORDS -> workRecords;
            case RESULTS -> results;
            case FORMS -> 0;
        };
    }

    /** How the unit's quality compares with the average (mountain communes lag, cities and departments lead). */
    public double qualityShift() {
        return qualityShift;
    }

    /** The share of a working day's volume on this day of the week. */
    public static double weekdayFactor(Source source, DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> source == Source.DOSSIERS ? 0.2 : 0.05;
            case SUNDAY -> source == Source.DOSSIERS ? 0.05 : 0.0;
            default -> 1.0;
        };
    }
}
