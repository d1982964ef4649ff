package vn.gov.quangnam.lris.jobs.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.quangnam.lris.jobs.metadata.MetadataDatabaseConnection;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgresSettings;

/**
 * The metadata database and the application's one {@code DataSource} on it (Flyway, Spring Batch and Quartz all
 * use it). Embedded by default: a {@link LocalPostgres} that this context starts (or reuses, when a running
 * {@code ./lris demo} already serves the same data directory) and stops on close.
 */
@Configuration(proxyBeanMethods = false)
class MetadataDatabaseConfiguration {
    private static final String EMBEDDED_DATABASE = "lris";
    private static final String EMBEDDED_PROPERTY = "lris.metadata-database.embedded";

    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty(name = EMBEDDED_PROPERTY, matchIfMissing = true)
    LocalPostgres localPostgres(LrisProperties lris, MetadataDatabaseProperties database) {
        return LocalPostgres.start(new LocalPostgresSettings(lris.home().resolve("postgres"), database.port(),
                EMBEDDED_DATABASE, database.user(), database.password(), true));
    }

    @Bean
    @ConditionalOnBooleanProperty(name = EMBEDDED_PROPERTY, matchIfMissing = true)
    MetadataDatabaseConnection embeddedMetadataDatabase(LocalPostgres localPostgres) {
        return new MetadataDatabaseConnection(localPostgres.jdbcUrl(), localPostgres.user(), localPostgres.password());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = EMBEDDED_PROPERTY, havingValue = false)
    MetadataDatabaseConnection externalMetadataDatabase(MetadataDatabaseProperties database) {
        return new MetadataDatabaseConnection(database.url(), database.user(), database.password());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(MetadataDatabaseConnection connection) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("lris-metadata");
        dataSource.setJdbcUrl(connection.jdbcUrl());
        dataSource.setUsername(connection.user());
        dataSource.setPassword(connection.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
