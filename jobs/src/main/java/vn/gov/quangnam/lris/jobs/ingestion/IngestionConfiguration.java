package vn.gov.quangnam.lris.jobs.ingestion;

import org.apache.iceberg.jdbc.JdbcCatalog;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gov.quangnam.lris.ingestion.common.IngestStepFactory;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.reference.ReferenceData;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

import java.time.Clock;

/** The ingestion jobs' collaborators: the warehouse catalog, the reference data, the step factory. */
@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

    @Bean(destroyMethod = "close")
    JdbcCatalog warehouseCatalog(WarehouseCatalogSettings settings) {
        return WarehouseCatalogs.open(settings);
    }

    @Bean
    ReferenceData referenceData(ReferenceFiles files) {
        return ReferenceData.load(files);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IngestStepFactory ingestStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                        JdbcCatalog warehouseCatalog, Clock clock, IngestionProperties properties) {
        return new IngestStepFactory(jobRepository, transactionManager, warehouseCatalog, clock, properties.chunkSize());
    }

    @Bean
    IngestionEndpoints ingestionEndpoints(IngestStepFactory steps, ReferenceData reference) {
        return new IngestionEndpoints(steps, new UnitResolver(reference.units()), reference.indicators());
    }
}
