package vn.gov.quangnam.lris.simulator.onestop;

/**
 * A supplement request (yêu cầu bổ sung) on a dossier: when the office asked the citizen for more documents and when
 * the citizen completed them (epoch seconds). The time in between is the citizen's, not the office's delay.
 */
public record SupplementRequest(long requestedAt, long completedAt) {
    public SupplementRequest {
        if (completedAt < requestedAt) {
            throw new IllegalArgumentException("a supplement is completed after it was requested");
        }
    }

    public long citizenSeconds() {
        return completedAt - requestedAt;
    }

    SupplementRequest shifted(long seconds) {
        return new SupplementRequest(requestedAt + seconds, completedAt + seconds);
    }
}
