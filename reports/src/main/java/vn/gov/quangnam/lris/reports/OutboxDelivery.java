package vn.gov.quangnam.lris.reports;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Sends the unsent messages of the outbox one by one, each marked sent right after the SMTP server accepted it.
 * A message the server rejects (bad address) is marked failed and the run goes on; a message that cannot be sent
 * after the retries because the server is unreachable is marked failed and the run stops, leaving the rest pending
 * for the next run.
 */
public final class OutboxDelivery {
    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final String REJECTED = "rejected by the SMTP server: ";

    private final ReportOutbox outbox;
    private final SmtpMailer mailer;
    private final SmtpSettings smtp;
    private final RetryPolicy retry;

    public OutboxDelivery(ReportOutbox outbox, SmtpSettings smtp, RetryPolicy retry) {
        this.outbox = requireNonNull(outbox, "outbox is null");
        this.smtp = requireNonNull(smtp, "smtp is null");
        this.retry = requireNonNull(retry, "retry is null");
        this.mailer = new SmtpMailer(smtp);
    }

    /** Sends at most {@code limit} unsent messages (all with {@link Integer#MAX_VALUE}); returns sent and failed. */
    public Outcome sendUnsent(int limit) {
        int sent = 0;
        List<OutboxMessage> failed = new ArrayList<>();
        for (OutboxMessage message : outbox.unsent()) {
            if (sent + failed.size() >= limit) {
                break;
            }
            String error = sendWithRetries(message);
            if (error == null) {
                sent++;
                continue;
            }
            failed.add(message);
            if (!error.startsWith(REJECTED)) {
                log.warn("stopping delivery: the SMTP server {}:{} is unreachable; the remaining messages stay "
                        + "pending for the next run", smtp.host(), smtp.port());
                break;
            }
        }
        List<OutboxMessage> failedNow = outbox.failed().stream()
                .filter(row -> failed.stream().anyMatch(tried -> tried.messageId().equals(row.messageId())))
                .toList();
        return new Outcome(sent, failedNow, (int) outbox.unsent().stream().filter(m -> "pending".equals(m.state())).count());
    }

    /** Returns null when sent, otherwise the error recorded on the message. */
    private String sendWithRetries(OutboxMessage message) {
        MessagingException last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            try {
                mailer.send(message);
                outbox.markSent(message.messageId(), attempt);
                log.info("sent {} of {} to {} (attempt {})", message.reportKind(), message.periodId(),
                        message.recipientEmail(), attempt);
                return null;
            } catch (SendFailedException e) {
                String error = REJECTED + e.getMessage();
                outbox.markFailed(message.messageId(), attempt, error);
                log.warn("report {} to {} was rejected: {}; fix the address in the recipients file", message.messageId(),
                        message.recipientEmail(), e.getMessage());
                return error;
            } catch (MessagingException e) {
                last = e;
                if (attempt < retry.attempts()) {
                    sleep(retry.backoffAfter(attempt));
                }
            }
        }
        String error = "SMTP server " + smtp.host() + ":" + smtp.port() + " did not accept the message after "
                + retry.attempts() + " attempts: " + describe(last) + "; it is retried by the next delivery run";
        outbox.markFailed(message.messageId(), retry.attempts(), error);
        log.warn("report {} to {}: {}", message.reportKind(), message.recipientEmail(), error);
        return error;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("report delivery was interrupted while waiting to retry; unsent messages stay in "
                    + "the outbox for the next run", e);
        }
    }

    /** Sent count, the messages marked failed by this run, and how many remain pending. */
    public record Outcome(int sent, List<OutboxMessage> failed, int stillPending) {
    }
}
