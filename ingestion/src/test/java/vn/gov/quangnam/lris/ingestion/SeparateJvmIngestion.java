package vn.gov.quangnam.lris.ingestion;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.SimulatorEndpoint;
import vn.gov.quangnam.lris.simulator.Source;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one one-stop ingestion job against a running simulator endpoint in a JVM of its own, so that a test can kill
 * it mid-run ({@link CrashRestartIngestionIT}). Arguments: catalog JDBC URL, database user, warehouse location,
 * endpoint name, endpoint base URL, client id, client secret, chunk size, page size; the database password comes
 * from the environment variable {@value #PASSWORD_VARIABLE}. Exits 0 when the job completed, 1 otherwise.
 */
public final class SeparateJvmIngestion {
    static final String PASSWORD_VARIABLE = "LRIS_TEST_DATABASE_PASSWORD";

    private SeparateJvmIngestion() {
    }

    public static void main(String[] arguments) {
        if (arguments.length != 9) {
            System.err.println("usage: SeparateJvmIngestion <catalog jdbc url> <user> <warehouse location> <endpoint> "
                    + "<base url> <client id> <client secret> <chunk size> <page size>; password in " + PASSWORD_VARIABLE);
            System.exit(2);
        }
        WarehouseCatalogSettings settings = new WarehouseCatalogSettings("lris", arguments[0], arguments[1],
                System.getenv(PASSWORD_VARIABLE), arguments[2], Map.of());
        SimulatorEndpoint endpoint = new SimulatorEndpoint(arguments[3], EndpointKind.REST, arguments[4], arguments[5],
                arguments[6], Set.of(Source.DOSSIERS), Set.of());
        try (IngestionRuntime runtime = IngestionRuntime.open(settings, Integer.parseInt(arguments[7]))) {
            SimulatorJobs jobs = new SimulatorJobs(runtime, List.of(endpoint),
                    SimulatorJobs.RestSettings.fast().withPageSize(Integer.parseInt(arguments[8])), null);
            JobExecution execution = runtime.run(jobs.oneStop(endpoint.name()));
            System.out.println("INGESTION " + execution.getStatus() + " " + execution.getAllFailureExceptions());
            System.exit(execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1);
        }
    }
}
