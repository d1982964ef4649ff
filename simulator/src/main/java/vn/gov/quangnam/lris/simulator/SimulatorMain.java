package vn.gov.quangnam.lris.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator until SIGTERM (or Ctrl-C): generates the data, prints exactly one line on standard output,
 * {@code SIMULATOR READY url=http://127.0.0.1:<port>}, and serves. Logs go to standard error. See
 * {@link SimulatorCommandLine#USAGE} for the options.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorSettings settings;
        try {
            settings = SimulatorCommandLine.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("simulator: " + e.getMessage());
            System.err.print(SimulatorCommandLine.USAGE);
            System.exit(2);
            return;
        }
        Simulator simulator = start(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "stop-simulator"));
        stopped.await();
    }

    /** Starts the simulator and announces it on {@code out}. */
    static Simulator start(SimulatorSettings settings, PrintStream out) {
        Simulator simulator = Simulator.start(settings);
        out.println("SIMULATOR READY url=" + simulator.url());
        out.flush();
        return simulator;
    }
}
