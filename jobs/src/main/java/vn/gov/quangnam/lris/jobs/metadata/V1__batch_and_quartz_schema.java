package vn.gov.quangnam.lris.jobs.metadata;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Creates the Spring Batch job repository ({@code batch_*}) and the Quartz job store ({@code qrtz_*}) tables, once,
 * from the PostgreSQL scripts shipped inside the Spring Batch and Quartz jars, so the tables always match the
 * library versions this service was built with. (Boot's {@code initialize-schema=always} would run Quartz's script on
 * every start, and that script drops its tables first: schedules and history would be lost.)
 *
 * <p>Found by Spring Boot's Flyway auto-configuration as a bean; the history is kept in {@code lris_flyway_history}.
 */
@Component
public class V1__batch_and_quartz_schema extends BaseJavaMigration {
    static final List<String> SCRIPTS = List.of(
            "org/springframework/batch/core/schema-postgresql.sql",
            "org/quartz/impl/jdbcjobstore/tables_postgres.sql");

    /**
     * Quartz's script starts with {@code DROP TABLE IF EXISTS} for each of its tables and ends with {@code COMMIT}.
     * Both are left out: a COMMIT would end Flyway's transaction half-way, and a migration must never drop an
     * existing job store (if its tables exist, the CREATE fails and nothing is changed).
     */
    private static final Pattern LEFT_OUT = Pattern.compile(
            "(?im)^\\s*(COMMIT|DROP\\s+TABLE\\s+IF\\s+EXISTS\\s+\\w+)\\s*;\\s*$");

    @Override
    public void migrate(Context context) throws IOException {
        for (String script : SCRIPTS) {
            String statements = LEFT_OUT.matcher(read(script)).replaceAll("");
            ScriptUtils.executeSqlScript(context.getConnection(),
                    new ByteArrayResource(statements.getBytes(StandardCharsets.UTF_8), script));
        }
    }

    private static String read(String script) throws IOException {
        ClassPathResource resource = new ClassPathResource(script, V1__batch_and_quartz_schema.class.getClassLoader());
        if (!resource.exists()) {
            throw new IllegalStateException("the schema script " + script + " is missing from the classpath: "
                    + "is the Spring Batch or Quartz version changed? Find the PostgreSQL script in its jar and update "
                    + V1__batch_and_quartz_schema.class.getName());
        }
        return resource.getContentAsString(StandardCharsets.UTF_8);
    }
}
