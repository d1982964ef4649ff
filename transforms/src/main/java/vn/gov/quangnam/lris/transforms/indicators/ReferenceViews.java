package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.schema.reference.periods.Period;
import vn.gov.quangnam.lris.schema.reference.periods.PeriodCalendar;
import vn.gov.quangnam.lris.schema.reference.periods.PeriodType;
import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.schema.reference.units.UnitCatalogue;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;
import vn.gov.quangnam.lris.transforms.rollup.RollupEdgeSets;
import vn.gov.quangnam.lris.transforms.rollup.RollupMap;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The published reference tables as views for the computation: indicators and targets (from the mart), the periods
 * that have begun since the first year with data and those of them the run computes, the month-to-period map (to the
 * computed periods), and the roll-up edges of the computed periods built from the published {@code mart.dim_units}
 * ({@link RollupEdgeSets}: each distinct set of edges shipped once).
 */
final class ReferenceViews {
    private static final StructType EDGE_SET_SCHEMA = new StructType()
            .add("set_id", DataTypes.IntegerType, false)
            .add("child_unit_code", DataTypes.StringType, false)
            .add("ancestor_unit_code", DataTypes.StringType, false)
            .add("ancestor_level", DataTypes.StringType, false)
            .add("relation", DataTypes.StringType, false);
    private static final StructType PERIOD_SET_SCHEMA = new StructType()
            .add("hierarchy", DataTypes.StringType, false)
            .add("period_id", DataTypes.StringType, false)
            .add("set_id", DataTypes.IntegerType, false);

    private ReferenceViews() {
    }

    /**
     * {@code report_periods}: every period from {@code firstYear} that has begun by {@code asOf}; {@code
     * window_periods}: those of them from {@code firstComputedYear}, the periods this run computes.
     */
    static void register(SparkSession spark, LocalDate asOf, int firstYear, int firstComputedYear) {
        // small tables that every step joins: read once, not planned and scanned again by each query
        spark.table("mart.dim_indicators").localCheckpoint().createOrReplaceTempView("indicators");
        spark.table("mart.fct_targets").localCheckpoint().createOrReplaceTempView("targets");
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW as_of AS
                SELECT DATE'%1$s' AS as_of_date,
                       least(to_utc_timestamp(CAST(DATE'%1$s' + 1 AS TIMESTAMP), 'Asia/Ho_Chi_Minh'), current_timestamp()) AS as_of_instant
                """.formatted(asOf));
        spark.sql("SELECT * FROM mart.dim_periods WHERE year >= %d AND start_date <= DATE'%s'".formatted(firstYear, asOf))
                .localCheckpoint().createOrReplaceTempView("report_periods");
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW window_periods AS SELECT * FROM report_periods WHERE year >= %d"
                .formatted(firstComputedYear));
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW data_months AS
                SELECT calendar, period_id AS month_id FROM report_periods WHERE period_type = 'month'
                """);
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW month_period_map AS
                SELECT m.calendar, m.period_id AS month_id, p.period_id
                FROM report_periods m JOIN window_periods p
                  ON p.calendar = m.calendar AND p.start_date <= m.start_date AND m.end_date <= p.end_date
                WHERE m.period_type = 'month'
                """);
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW indicator_relations AS
                SELECT indicator_code, 'self' AS relation FROM indicators
                UNION ALL SELECT indicator_code, 'department_of_province' FROM indicators
                UNION ALL SELECT indicator_code, 'commune_of_district' FROM indicators
                          WHERE district_rollup = 'own_office_and_communes'
                UNION ALL SELECT indicator_code, 'district_of_province' FROM indicators WHERE province_rollup = 'all_units'
                UNION ALL SELECT indicator_code, 'commune_of_province' FROM indicators WHERE province_rollup = 'all_units'
                """);
        List<Period> periods = spark.sql("SELECT * FROM window_periods").collectAsList().stream().map(ReferenceViews::period).toList();
        RollupEdgeSets edges = RollupEdgeSets.of(new RollupMap(publishedUnits(spark), asOf).edges(periods));
        List<Row> members = new ArrayList<>();
        for (int set = 0; set < edges.sets().size(); set++) {
            for (RollupEdgeSets.Member member : edges.sets().get(set)) {
                members.add(RowFactory.create(set, member.childUnitCode(), member.ancestorUnitCode(), member.ancestorLevel(),
                        member.relation()));
            }
        }
        spark.createDataFrame(members, EDGE_SET_SCHEMA).createOrReplaceTempView("rollup_edge_sets");
        spark.createDataFrame(edges.assignments().stream().map(assignment -> RowFactory.create(assignment.hierarchy(),
                assignment.periodId(), assignment.set())).toList(), PERIOD_SET_SCHEMA).createOrReplaceTempView("rollup_period_sets");
        spark.sql("""
                SELECT /*+ BROADCAST(e) */ p.hierarchy, p.period_id, e.child_unit_code, e.ancestor_unit_code, e.ancestor_level, e.relation
                FROM rollup_period_sets p JOIN rollup_edge_sets e ON e.set_id = p.set_id
                """).repartition(1).cache().createOrReplaceTempView("rollup_edges");
    }

    static UnitCatalogue publishedUnits(SparkSession spark) {
        List<Unit> units = spark.sql("SELECT * FROM mart.dim_units").collectAsList().stream().map(row -> new Unit(
                row.getAs("unit_code"), row.getAs("unit_name"), row.getAs("unit_type"),
                UnitLevel.fromCode(row.getAs("level")).orElseThrow(), row.getAs("parent_code"),
                ((Date) row.getAs("valid_from")).toLocalDate(),
                row.getAs("valid_to") == null ? null : ((Date) row.getAs("valid_to")).toLocalDate(),
                row.getAs("successor_code"), "mart.dim_units", 0)).toList();
        return UnitCatalogue.of(units);
    }

    private static Period period(Row row) {
        return new Period(row.getAs("period_id"), PeriodType.valueOf(((String) row.getAs("period_type")).toUpperCase(Locale.ROOT)),
                row.<String>getAs("calendar").equals("calendar") ? PeriodCalendar.CALENDAR : PeriodCalendar.DECREE09,
                row.getAs("year"), row.getAs("sequence"), ((Date) row.getAs("start_date")).toLocalDate(),
                ((Date) row.getAs("end_date")).toLocalDate(), row.getAs("label_vi"), row.getAs("label_en"));
    }
}
