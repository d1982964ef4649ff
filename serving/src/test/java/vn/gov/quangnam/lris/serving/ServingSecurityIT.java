package vn.gov.quangnam.lris.serving;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.quangnam.lris.serving.TestServing.ANALYST;
import static vn.gov.quangnam.lris.serving.TestServing.PROVINCE;
import static vn.gov.quangnam.lris.serving.TestServing.SERVICE;
import static vn.gov.quangnam.lris.serving.TestServing.TAM_KY;

/** Logins and privileges through the real Trino: who may log in, read what, and write. */
class ServingSecurityIT {

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> query(TAM_KY, "wrong-password", "SELECT 1"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Authentication failed: Access Denied: Invalid credentials");
    }

    @Test
    void anUnknownUserIsRefusedWithTheSameMessageSoThatNamesCannotBeProbed() {
        assertThatThrownBy(() -> query("nobody_here", "whatever-password", "SELECT 1"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Authentication failed: Access Denied: Invalid credentials");
    }

    @Test
    void aPasswordOverPlainHttpIsRefusedBecauseTrinoListensOnlyForTls() {
        RunningServing serving = TestServing.shared();
        String plainUrl = "jdbc:trino://127.0.0.1:" + serving.httpsPort() + "/lris?SSL=false";
        assertThatThrownBy(() -> DriverManager.getConnection(plainUrl, TAM_KY, TestServing.account(TAM_KY).password()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("TLS/SSL is required for authentication with username and password");
    }

    @Test
    void aDistrictAccountCannotReadRawStagingOrQualityTables() {
        assertThatThrownBy(() -> Sql.execute(TAM_KY, "SELECT count(*) FROM lris.raw.onestop_dossiers"))
                .hasMessageContaining("Access Denied: Cannot select from table lris.raw.onestop_dossiers");
        assertThatThrownBy(() -> Sql.execute(TAM_KY, "SELECT count(*) FROM lris.quality.quarantine"))
                .hasMessageContaining("Access Denied: Cannot select from table lris.quality.quarantine");
        assertThat(Sql.strings(TAM_KY, "SHOW SCHEMAS FROM lris")).containsExactlyInAnyOrder("mart", "reporting");
        assertThat(Sql.strings(TAM_KY, "SELECT DISTINCT table_schema FROM lris.information_schema.tables"))
                .as("information_schema is queryable but lists only what the account may read")
                .containsExactlyInAnyOrder("mart", "reporting", "information_schema");
    }

    @Test
    void theProvinceAccountReadsMartAndReportingButNotTheLayersBelow() {
        assertThat(Sql.strings(PROVINCE, "SHOW SCHEMAS FROM lris")).containsExactlyInAnyOrder("mart", "reporting");
        assertThatThrownBy(() -> Sql.execute(PROVINCE, "SELECT count(*) FROM lris.raw.onestop_dossiers"))
                .hasMessageContaining("Access Denied: Cannot select from table lris.raw.onestop_dossiers");
    }

    @Test
    void theAnalystReadsEveryLayer() {
        assertThat(Sql.strings(ANALYST, "SHOW SCHEMAS FROM lris")).contains("raw", "staging", "mart", "quality", "reporting");
        assertThat(Sql.single(ANALYST, "SELECT count(*) FROM lris.raw.onestop_dossiers")).isEqualTo(0L);
    }

    @Test
    void nobodyButTheServiceAccountWrites() {
        String insert = "INSERT INTO lris.mart.fct_breaches (indicator_code, unit_code, period_id, level, value_pct, target_pct, "
                + "gap_pct, consecutive_periods, severity, source_document, computed_at) VALUES ('e_processing', '502', "
                + "'2024-04', 'district', 10, 90, -80, 1, 'critical', 'forged', current_timestamp)";
        for (String reader : new String[] {PROVINCE, TAM_KY, ANALYST}) {
            assertThatThrownBy(() -> Sql.execute(reader, insert))
                    .as(reader).hasMessageContaining("Access Denied: Cannot insert into table lris.mart.fct_breaches");
        }
        assertThatThrownBy(() -> Sql.execute(PROVINCE, "DELETE FROM lris.mart.fct_indicator_values"))
                .hasMessageContaining("Access Denied: Cannot delete from table lris.mart.fct_indicator_values");
        assertThatThrownBy(() -> Sql.execute(PROVINCE, "CREATE TABLE lris.mart.leader_scratch (x integer)"))
                .hasMessageContaining("Access Denied: Cannot create table lris.mart.leader_scratch");
        assertThatThrownBy(() -> Sql.execute(TAM_KY, "DROP VIEW lris.reporting.indicator_values"))
                .hasMessageContaining("Access Denied: Cannot drop view lris.reporting.indicator_values");
    }

    @Test
    void theServiceAccountWrites() throws SQLException {
        Sql.execute(SERVICE, "CREATE SCHEMA IF NOT EXISTS lris.serving_write_probe");
        try {
            Sql.execute(SERVICE, "CREATE TABLE lris.serving_write_probe.numbers (n integer)");
            Sql.execute(SERVICE, "INSERT INTO lris.serving_write_probe.numbers VALUES 1, 2, 3");
            assertThat(Sql.single(SERVICE, "SELECT sum(n) FROM lris.serving_write_probe.numbers")).isEqualTo(6L);
            assertThatThrownBy(() -> Sql.execute(ANALYST, "INSERT INTO lris.serving_write_probe.numbers VALUES 4"))
                    .hasMessageContaining("Access Denied: Cannot insert into table lris.serving_write_probe.numbers");
        } finally {
            Sql.execute(SERVICE, "DROP TABLE IF EXISTS lris.serving_write_probe.numbers");
            Sql.execute(SERVICE, "DROP SCHEMA lris.serving_write_probe");
        }
    }

    private static void query(String user, String password, String sql) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        try (Connection connection = DriverManager.getConnection(TestServing.shared().jdbcUrl(), properties);
             var statement = connection.createStatement()) {
            statement.executeQuery(sql).close();
        }
    }
}
