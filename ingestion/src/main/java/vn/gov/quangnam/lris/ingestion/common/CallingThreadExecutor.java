package vn.gov.quangnam.lris.ingestion.common;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs every task on the thread that submits it. Given to Iceberg's commits of small chunks: Iceberg runs a commit's
 * manifest work on a worker pool and waits for it by polling with 10 ms sleeps, so each of the three or four task
 * groups of a commit cost up to 10 ms of nothing; a chunk's commit has a manifest or two to write, less work than
 * one sleep. (Measured: a fifth of the one-stop step's wall time was these sleeps.)
 */
final class CallingThreadExecutor extends AbstractExecutorService {
    static final CallingThreadExecutor INSTANCE = new CallingThreadExecutor();

    private CallingThreadExecutor() {
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    /** Shared by every commit: it has no threads to stop, so it refuses to be shut down. */
    @Override
    public void shutdown() {
        throw new UnsupportedOperationException("the calling-thread executor is shared and has nothing to shut down");
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return false;
    }
}
