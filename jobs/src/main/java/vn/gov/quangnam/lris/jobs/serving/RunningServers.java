package vn.gov.quangnam.lris.jobs.serving;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The servers a command started (Trino, the dashboard), stopped in reverse order when the command ends or when the
 * service is stopped (Ctrl-C, SIGTERM: the application context closes in the JVM's shutdown hook while the command's
 * thread still waits), whichever comes first; each is stopped once.
 */
@Component
public class RunningServers implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RunningServers.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public synchronized <T extends AutoCloseable> T register(T server) {
        started.push(server);
        return server;
    }

    @Override
    public void destroy() {
        stopAll();
    }

    public synchronized void stopAll() {
        while (!started.isEmpty()) {
            AutoCloseable server = started.pop();
            try {
                server.close();
            } catch (Exception e) {
                // stopping goes on with the others: one that fails to stop must not keep the rest running
                log.error("could not stop {}: {}", server, e.getMessage(), e);
            }
        }
    }
}
