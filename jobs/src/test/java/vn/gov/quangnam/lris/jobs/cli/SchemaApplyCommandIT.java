package vn.gov.quangnam.lris.jobs.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.gov.quangnam.lris.jobs.TestLris;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SchemaApplyCommandIT {
    @TempDir
    Path home;

    @Test
    void applyingTwiceLeavesEverythingUnchangedTheSecondTime(CapturedOutput output) {
        String database = TestPostgres.createDatabase("schema_apply_twice");

        assertThat(TestLris.run(home, database, "schema", "apply")).as("stderr:%n%s", output.getErr()).isZero();
        String first = output.getOut();
        assertThat(first).contains("mart.dim_units").contains("created").contains("(replaced)");

        assertThat(TestLris.run(home, database, "schema", "apply")).as("stderr:%n%s", output.getErr()).isZero();
        String second = output.getOut().substring(first.length());
        assertThat(second).contains("mart.dim_units").contains("unchanged").contains("(unchanged)")
                .doesNotContain("created").doesNotContain("evolved").doesNotContain("(replaced)");
    }

    @Test
    void aDuplicateUnitCodeExitsWith2NamingTheFileTheLineAndTheProblemAndChangesNothing(CapturedOutput output) throws Exception {
        Path units = home.resolve("extra-units.csv");
        Files.writeString(units, """
                unit_code,unit_name,unit_type,level,parent_code,valid_from,valid_to,successor_code
                502,Thành phố Tam Kỳ,Thành phố,district,49,2020-01-01,,
                """);
        String database = TestPostgres.createDatabase("schema_apply_duplicate");

        int exitCode = TestLris.run(home, database, "schema", "apply", "--lris.reference.extra-unit-files=" + units);

        assertThat(exitCode).isEqualTo(2);
        assertThat(output.getErr())
                .contains("lris: reference data rejected")
                .contains(units + " line 2: duplicate code 502")
                .doesNotContain("\tat ");
        assertThat(output.getOut()).as("no summary is printed").doesNotContain("reference data:");
        assertThat(icebergTables(database)).isEmpty();
    }


    private static List<String> icebergTables(String database) throws Exception {
        LocalPostgres server = TestPostgres.shared();
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database, server.user(), server.password());
             ResultSet exists = connection.createStatement().executeQuery("SELECT to_regclass('public.iceberg_tables') IS NOT NULL")) {
            exists.next();
            if (exists.getBoolean(1)) {
                try (ResultSet result = connection.createStatement().executeQuery("SELECT table_name FROM iceberg_tables")) {
                    while (result.next()) {
                        tables.add(result.getString(1));
                    }
                }
            }
        }
        return tables;
    }
}
