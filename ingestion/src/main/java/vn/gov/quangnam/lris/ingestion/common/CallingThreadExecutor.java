package vn.gov.quangnam.lris.ingestion.common;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs every task on the thread that submits it. Given to Iceberg's commits of small chunks: Iceberg runs a commit's
 * manifest work on a worker pool and waits for it by polling with 10 ms sleeps, so each of the three or four task
 * groups of a commit cost up to 10 ms of nothing; a chunk's commit has a manifest or two to write, less work than
 * one sleep. (Measured: a fifth of the one-stop step's wall time was these sleeps.) One per commit: it has no threads,
 * so shutting it down only makes it refuse further tasks.
 */
final class CallingThreadExecutor extends AbstractExecutorService {
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable task) {
        if (shutdown) {
            throw new RejectedExecutionException("the calling-thread executor of this commit was shut down");
        }
        task.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of(); // tasks never wait: each ran as it was submitted
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }
}
