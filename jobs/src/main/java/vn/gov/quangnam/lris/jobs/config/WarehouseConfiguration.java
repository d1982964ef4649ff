package vn.gov.quangnam.lris.jobs.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.quangnam.lris.jobs.metadata.MetadataDatabaseConnection;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

/** The warehouse's Iceberg catalog (in the metadata database) and the reference files that 'schema apply' loads. */
@Configuration(proxyBeanMethods = false)
class WarehouseConfiguration {

    @Bean
    WarehouseCatalogSettings warehouseCatalogSettings(LrisProperties lris, WarehouseProperties warehouse,
                                                      MetadataDatabaseConnection database) {
        return new WarehouseCatalogSettings(warehouse.catalogName(), database.jdbcUrl(), database.user(),
                database.password(), warehouse.locationUnder(lris.home()), warehouse.properties());
    }

    @Bean
    ReferenceFiles referenceFiles(ReferenceProperties reference) {
        return reference.referenceFiles();
    }
}
