package vn.gov.quangnam.lris.jobs.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The demo's local SMTP server (GreenMail, a real SMTP implementation) on 127.0.0.1: it receives the breach reports
 * the demo delivers, so the whole delivery path runs without a mail relay. Stopped with the demo.
 */
public final class DemoMailServer implements AutoCloseable {
    private final GreenMail server;
    private final int port;

    private DemoMailServer(GreenMail server, int port) {
        this.server = server;
        this.port = port;
    }

    public static DemoMailServer start() {
        int port = freePort();
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new DemoMailServer(server, port);
    }

    public int port() {
        return port;
    }

    public int receivedMessages() {
        return server.getReceivedMessages().length;
    }

    @Override
    public void close() {
        server.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port for the demo's SMTP server", e);
        }
    }
}
