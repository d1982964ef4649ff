package vn.gov.quangnam.lris.reports;

import java.util.List;

/**
 * What a delivery run did: messages queued by this run (new ones; a re-run of a period queues none), sent, failed
 * (with their errors) and left pending (the SMTP server went away), and the breached units nobody receives.
 */
public record DeliveryResult(int queued, int sent, List<OutboxMessage> failed, int stillPending,
                             List<String> unitsWithoutRecipient) {
    public DeliveryResult {
        failed = List.copyOf(failed);
        unitsWithoutRecipient = List.copyOf(unitsWithoutRecipient);
    }

    public boolean allSent() {
        return failed.isEmpty() && stillPending == 0;
    }
}
