package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Rolls unit figures up along the effective-dated units, in both hierarchies: a higher level's rate is the sum of
 * numerators over the sum of denominators of the units it covers (domain.md), never an average of rates. Which units
 * a district or the province covers is each indicator's rule ({@code indicator_relations}, from the catalogue).
 * Columns: hierarchy, indicator_code, unit_code, level, period_id, numerator, denominator.
 */
final class Rollup {
    private Rollup() {
    }

    /** Needs the views {@code period_facts}, {@code rollup_edges}, {@code indicator_relations}. */
    static Dataset<Row> build(SparkSession spark) {
        return spark.sql("""
                SELECT e.hierarchy, f.indicator_code, e.ancestor_unit_code AS unit_code, e.ancestor_level AS level,
                       f.period_id, sum(f.numerator) AS numerator, sum(f.denominator) AS denominator
                FROM period_facts f
                JOIN rollup_edges e ON e.period_id = f.period_id AND e.child_unit_code = f.unit_code
                JOIN indicator_relations r ON r.indicator_code = f.indicator_code AND r.relation = e.relation
                GROUP BY e.hierarchy, f.indicator_code, e.ancestor_unit_code, e.ancestor_level, f.period_id
                """);
    }
}
