package vn.gov.quangnam.lris.serving.reporting;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One view of schema {@code reporting}: a query over the {@code mart} tables in the words of the people who read it.
 *
 * @param name the view's name in schema {@code reporting}
 * @param comment what a row is, shown by BI tools
 * @param columns the columns in order, as the query returns them (checked against Trino by the tests)
 * @param query the SELECT, with {@code {catalog}} where the catalog name goes
 */
public record ReportingView(String name, String comment, List<ViewColumn> columns, String query) {
    public static final String SCHEMA = "reporting";
    public static final String UNIT_COLUMN = "unit_code";

    public ReportingView {
        requireNonNull(name, "name is null");
        requireNonNull(comment, "comment is null");
        columns = List.copyOf(columns);
        requireNonNull(query, "query is null");
    }

    public String query(String catalog) {
        return query.replace("{catalog}", catalog);
    }

    public String qualifiedName(String catalog) {
        return catalog + "." + SCHEMA + "." + name;
    }
}
