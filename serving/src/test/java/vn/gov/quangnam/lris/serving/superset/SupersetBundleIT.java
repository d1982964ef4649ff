package vn.gov.quangnam.lris.serving.superset;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.serving.RunningServing;
import vn.gov.quangnam.lris.serving.ServingTestAccess;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every dataset of the bundle, and every metric of it, runs against the real Trino as the bundle's account. */
class SupersetBundleIT {

    @Test
    void everyDatasetAndMetricRunsAsTheBundlesAccount() throws Exception {
        SupersetBundleFiles bundle = SupersetBundleFiles.builtByMaven();
        String uri = (String) bundle.get("databases/lris.yaml").get("sqlalchemy_uri");
        String user = uri.substring("trino://".length(), uri.indexOf(':', "trino://".length()));
        RunningServing serving = ServingTestAccess.serving();
        try (Connection connection = serving.connect(ServingTestAccess.account(user)); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Map<String, Object>> dataset : bundle.under("datasets").entrySet()) {
                Map<String, Object> document = dataset.getValue();
                String relation = document.get("schema") + "." + document.get("table_name");
                String columns = SupersetBundleFiles.list(document, "columns").stream()
                        .map(column -> (String) column.get("column_name")).collect(Collectors.joining(", "));
                assertThat(count(statement, "SELECT " + columns + " FROM " + relation + " LIMIT 10")).as(dataset.getKey()).isPositive();
                for (Map<String, Object> metric : SupersetBundleFiles.list(document, "metrics")) {
                    statement.executeQuery("SELECT " + metric.get("expression") + " FROM " + relation).close();
                }
            }
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            int rows = 0;
            while (result.next()) {
                rows++;
            }
            return rows;
        }
    }
}
