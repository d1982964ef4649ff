package vn.gov.quangnam.lris.reports;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * The SMTP server that sends the reports.
 *
 * @param host SMTP host, e.g. {@code smtp.quangnam.gov.vn}
 * @param port its port (587 for STARTTLS, 465 for TLS, 25 for none)
 * @param security {@code NONE}, {@code STARTTLS} (required, not opportunistic) or {@code TLS} (implicit, SMTPS)
 * @param username login, or null for a server that needs none
 * @param password its password, from the environment; never logged
 * @param fromAddress the sender, e.g. {@code "LRIS Quảng Nam <lris@quangnam.gov.vn>"}
 * @param timeout connect, read and write timeout (default 30 s)
 */
public record SmtpSettings(String host, int port, Security security, String username, String password,
                           String fromAddress, Duration timeout) {
    public static final Duration TIMEOUT_DEFAULT = Duration.ofSeconds(30);

    public enum Security { NONE, STARTTLS, TLS }

    public SmtpSettings {
        requireNonNull(host, "smtp host is null");
        requireNonNull(security, "smtp security is null");
        requireNonNull(fromAddress, "smtp from address is null");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("smtp port " + port + " is not a TCP port (1-65535)");
        }
        if (username != null && password == null) {
            throw new IllegalArgumentException("smtp username " + username + " is set but its password is not");
        }
        timeout = timeout == null ? TIMEOUT_DEFAULT : timeout;
    }

    /** A plain, unauthenticated server (a local relay, or GreenMail in tests). */
    public static SmtpSettings plain(String host, int port, String fromAddress) {
        return new SmtpSettings(host, port, Security.NONE, null, null, fromAddress, TIMEOUT_DEFAULT);
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                + ", fromAddress=" + fromAddress + ", timeout=" + timeout + "]";
    }
}
