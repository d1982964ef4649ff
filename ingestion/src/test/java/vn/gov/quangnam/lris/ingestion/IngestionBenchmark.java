package vn.gov.quangnam.lris.ingestion;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import vn.gov.quangnam.lris.ingestion.common.QuarantineCounter;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.SimulatorSettings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ingestion benchmark, a command rather than a test (README.md, "Benchmark"): starts the test PostgreSQL, a
 * fresh warehouse and the simulator with one million dossiers over the first quarter of 2024 on one endpoint
 * ({@code provinceOnly}), runs the one-stop, documents and results jobs one after the other as the jobs service does,
 * and prints per step the records read, landed and quarantined, the step's time and the records per second into the
 * raw tables; per job (one source) its records per second, the CPU per record of the ingestion and of the simulator
 * (same JVM), the simulator's share of the machine, the JVM's garbage collection time and the load average when the
 * job ended (other work on the machine changes every figure but the CPU per record least); then the wall time.
 *
 * <p>It does so twice, each time into a fresh warehouse from a fresh simulator: first on a cold JVM, whose JIT
 * compilers take a large share of the two cores while compiling the jobs' code, then again on the now warm JVM, as
 * the jobs service (one long-running JVM whose scheduler runs the jobs every few minutes) ingests after its first runs.
 *
 * <p>System properties: {@code lris.benchmark.dossiers} (default 1000000), {@code lris.benchmark.warmup-dossiers}
 * (the cold run's dossiers; default as many; 0 for the cold run only), {@code lris.benchmark.chunk-size} (default
 * 20000, the service's default), {@code lris.benchmark.page-size} (default 5000, the sources' maximum).
 */
public final class IngestionBenchmark {
    private IngestionBenchmark() {
    }

    /** One step's figures. */
    record StepFigures(String step, long read, long landed, long quarantined, Duration time) {
        double recordsPerSecond() {
            return (landed + quarantined) / (time.toNanos() / 1e9);
        }
    }

    /**
     * The CPU a job took: the whole process's, and the simulator's HTTP threads' (same JVM), so that the ingestion's
     * own share can be told apart from the source's on a machine that other work also loads.
     */
    record CpuFigures(String job, long records, Duration time, Duration process, Duration simulator, Duration compilation,
                      Duration garbageCollection, String loadAverage) {
        double recordsPerSecond() {
            return records / (time.toNanos() / 1e9);
        }

        /** The simulator's CPU as a share of all the machine's cores over the job's time. */
        double simulatorShareOfMachine() {
            return simulator.toNanos() / (double) time.toNanos() / Runtime.getRuntime().availableProcessors();
        }

        double ingestionMicrosPerRecord() {
            return (process.toNanos() - simulator.toNanos()) / 1e3 / records;
        }

        double simulatorMicrosPerRecord() {
            return simulator.toNanos() / 1e3 / records;
        }
    }

    public static void main(String[] arguments) {
        long dossiers = Long.getLong("lris.benchmark.dossiers", 1_000_000);
        long warmupDossiers = Long.getLong("lris.benchmark.warmup-dossiers", dossiers);
        int chunkSize = Integer.getInteger("lris.benchmark.chunk-size", 20000);
        int pageSize = Integer.getInteger("lris.benchmark.page-size", 5000);
        if (warmupDossiers > 0) {
            run("cold JVM: a first run, compiling as it goes (warm-up)", "ingestion_benchmark_warmup", warmupDossiers,
                    chunkSize, pageSize);
        }
        run(warmupDossiers > 0 ? "warm JVM: the same jobs again, as a running jobs service ingests" : "cold JVM: a first run",
                "ingestion_benchmark", dossiers, chunkSize, pageSize);
    }

    /** Runs the three jobs into a fresh warehouse from a fresh simulator and prints their figures. */
    private static void run(String label, String warehouse, long dossiers, int chunkSize, int pageSize) {
        long started = System.nanoTime();
        String loadBefore = loadAverage();

        WarehouseCatalogSettings settings = TestWarehouses.create(warehouse);
        long warehouseReady = System.nanoTime();
        List<StepFigures> figures = new ArrayList<>();
        List<CpuFigures> cpu = new ArrayList<>();
        long simulatorReady;
        try (Simulator simulator = Simulator.start(SimulatorSettings.defaults()
                .withDossierTarget(dossiers)
                .withLayout(EndpointLayout.provinceOnly()));
             IngestionRuntime runtime = IngestionRuntime.open(settings, chunkSize)) {
            simulatorReady = System.nanoTime();
            SimulatorJobs jobs = new SimulatorJobs(runtime, simulator.endpoints(),
                    new SimulatorJobs.RestSettings(pageSize, Duration.ofSeconds(30), 6, Duration.ofMillis(500)), null);
            for (Job job : List.of(jobs.oneStop("province"), jobs.documents("province"), jobs.results("province"))) {
                long jobStarted = System.nanoTime();
                long processBefore = processCpuNanos();
                long simulatorBefore = simulatorCpuNanos();
                long compilationBefore = compilationMillis();
                long garbageCollectionBefore = garbageCollectionMillis();
                List<StepFigures> steps = run(runtime, job);
                figures.addAll(steps);
                cpu.add(new CpuFigures(job.getName(), steps.stream().mapToLong(step -> step.landed() + step.quarantined()).sum(),
                        Duration.ofNanos(System.nanoTime() - jobStarted), Duration.ofNanos(processCpuNanos() - processBefore),
                        Duration.ofNanos(simulatorCpuNanos() - simulatorBefore),
                        Duration.ofMillis(compilationMillis() - compilationBefore),
                        Duration.ofMillis(garbageCollectionMillis() - garbageCollectionBefore), loadAverage()));
            }
        }
        long finished = System.nanoTime();

        System.out.printf(Locale.ROOT, "%nIngestion benchmark, %s: %,d dossiers (provinceOnly, 2024-01-01..2024-03-31), "
                + "chunk size %d, page size %d, %d cores%n", label, dossiers, chunkSize, pageSize, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %12s %10s %12s%n", "step", "read", "landed", "quarantined", "seconds", "records/s");
        for (StepFigures step : figures) {
            System.out.printf(Locale.ROOT, "%-28s %10d %10d %12d %10.1f %12.0f%n", step.step(), step.read(), step.landed(),
                    step.quarantined(), step.time().toMillis() / 1000.0, step.recordsPerSecond());
        }
        System.out.printf(Locale.ROOT, "%-20s %9s %8s %10s %11s %16s %16s %14s %13s %7s  %s%n", "job (source)", "records", "seconds",
                "records/s", "cpu seconds", "ingestion µs/rec", "simulator µs/rec", "simulator share", "JIT compile s",
                "gc s", "load average at its end");
        for (CpuFigures job : cpu) {
            System.out.printf(Locale.ROOT, "%-20s %9d %8.1f %10.0f %11.1f %16.1f %16.1f %13.0f%% %13.1f %7.1f  %s%n", job.job(),
                    job.records(), seconds(job.time().toNanos()), job.recordsPerSecond(), job.process().toMillis() / 1000.0,
                    job.ingestionMicrosPerRecord(), job.simulatorMicrosPerRecord(), 100 * job.simulatorShareOfMachine(),
                    job.compilation().toMillis() / 1000.0, job.garbageCollection().toMillis() / 1000.0, job.loadAverage());
        }
        System.out.printf(Locale.ROOT, "setup: warehouse %.1f s, simulator %.1f s; ingestion %.1f s; wall time %.1f s%n",
                seconds(warehouseReady - started), seconds(simulatorReady - warehouseReady),
                seconds(finished - simulatorReady), seconds(finished - started));
        System.out.printf(Locale.ROOT, "load average before: %s; after: %s%n", loadBefore, loadAverage());
    }

    private static List<StepFigures> run(IngestionRuntime runtime, Job job) {
        JobExecution execution = runtime.run(job);
        if (!execution.getStatus().toString().equals("COMPLETED")) {
            throw new IllegalStateException(job.getName() + " ended " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions());
        }
        List<StepFigures> steps = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            long quarantined = QuarantineCounter.of(step);
            steps.add(new StepFigures(step.getStepName(), step.getReadCount(), step.getWriteCount() - quarantined,
                    quarantined, Duration.between(step.getStartTime(), step.getEndTime())));
        }
        return steps;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU of the simulator's HTTP worker threads, which live as long as the simulator. */
    private static long simulatorCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("simulator-http")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    /**
     * Time the JIT compilers spent compiling (summed over their threads): on a cold JVM the compilers take a large
     * part of the two cores while the jobs run (Iceberg, Parquet, Jackson, Spring Batch all get compiled).
     */
    private static long compilationMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Collection time of all the JVM's collectors (pauses and, for G1's concurrent cycles, their threads' time). */
    private static long garbageCollectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(collector -> Math.max(0, collector.getCollectionTime())).sum();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
