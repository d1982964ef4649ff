package vn.gov.quangnam.lris.dashboards;

import java.net.URI;

/** A dashboard being served: where walls open it; closing it stops the server and its background refreshes. */
public interface RunningDashboard extends AutoCloseable {

    /** {@code http://<bind address>:<port>}, e.g. {@code http://127.0.0.1:8090}. */
    URI url();

    @Override
    void close();
}
