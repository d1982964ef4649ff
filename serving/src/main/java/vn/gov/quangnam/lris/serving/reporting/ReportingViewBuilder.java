package vn.gov.quangnam.lris.serving.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link ReportingView} from its select items, so that the SELECT list and the declared columns cannot drift
 * apart: every item is an SQL expression with the column it becomes.
 */
final class ReportingViewBuilder {
    private final String name;
    private final String comment;
    private final List<String> expressions = new ArrayList<>();
    private final List<ViewColumn> columns = new ArrayList<>();

    private ReportingViewBuilder(String name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    static ReportingViewBuilder view(String name, String comment) {
        return new ReportingViewBuilder(name, comment);
    }

    ReportingViewBuilder select(String expression, ViewColumn column) {
        expressions.add(expression.equals(column.name()) || expression.endsWith("." + column.name())
                ? expression : expression + " AS " + column.name());
        columns.add(column);
        return this;
    }

    /** Applies a group of selections that several views share. */
    ReportingViewBuilder apply(java.util.function.UnaryOperator<ReportingViewBuilder> selections) {
        return selections.apply(this);
    }

    /** Selects {@code alias.<column>} for each column. */
    ReportingViewBuilder selectAll(String alias, List<ViewColumn> selected) {
        selected.forEach(column -> select(alias + "." + column.name(), column));
        return this;
    }

    ReportingView from(String fromClause) {
        String query = "SELECT\n    " + String.join(",\n    ", expressions) + "\n" + fromClause.strip();
        return new ReportingView(name, comment, columns, query);
    }
}
