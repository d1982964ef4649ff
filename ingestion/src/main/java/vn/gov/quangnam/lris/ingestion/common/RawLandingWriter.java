package vn.gov.quangnam.lris.ingestion.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each chunk of processed records through the {@link RawTableAppender}: landed rows and the advanced
 * watermark in one commit, quarantined records before them. The watermark passes the quarantined records too (those
 * whose key and {@code ngayCapNhat} could be read): a bad record is reported once, not again by every later run.
 * Also counts the quarantined records into the step's filter count so that {@code lris status} shows them.
 */
public final class RawLandingWriter implements ItemWriter<ProcessedRecord>, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(RawLandingWriter.class);

    private final RawTableAppender appender;
    private final String endpoint;
    private final Clock clock;
    private StepExecution stepExecution;
    private Watermark watermark;

    public RawLandingWriter(RawTableAppender appender, String endpoint, Clock clock) {
        this.appender = appender;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
        this.watermark = appender.committedWatermark(endpoint);
    }

    /**
     * Compacts the raw table's manifests after the run. A failure here loses nothing (the chunks are committed) and
     * the next run compacts again, so it is logged, not made the step's failure.
     */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        try {
            appender.compactManifests();
        } catch (RuntimeException e) {
            log.warn("{}: could not merge the manifests of {} after the run ({}); the next run tries again",
                    endpoint, appender.rawTable(), e.getMessage(), e);
        }
        return stepExecution.getExitStatus();
    }

    @Override
    public void write(Chunk<? extends ProcessedRecord> chunk) {
        List<ProcessedRecord.Landed> rows = new ArrayList<>();
        List<ProcessedRecord.Quarantined> quarantined = new ArrayList<>();
        Watermark.Advancing next = watermark.advancing();
        for (ProcessedRecord record : chunk) {
            if (record instanceof ProcessedRecord.Landed landed) {
                rows.add(landed);
                next.advance(landed.key(), landed.updatedAt());
            } else {
                ProcessedRecord.Quarantined bad = (ProcessedRecord.Quarantined) record;
                quarantined.add(bad);
                if (bad.key() != null && bad.updatedAt() != null) {
                    next.advance(bad.key(), bad.updatedAt());
                }
            }
        }
        Watermark reached = next.watermark();
        appender.commit(new LandingChunk(endpoint, stepExecution.getJobExecutionId(), clock.instant(), rows, quarantined, reached));
        watermark = reached;
        QuarantineCounter.add(stepExecution, quarantined.size());
    }
}
