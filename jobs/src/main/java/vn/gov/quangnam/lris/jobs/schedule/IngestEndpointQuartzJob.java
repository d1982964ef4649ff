package vn.gov.quangnam.lris.jobs.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionOutcome;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionProperties;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionRunner;

/**
 * Quartz job: ingests one configured endpoint, then asks for a transform run. Never runs twice at once for the same
 * endpoint (and the JDBC job store, clustered, fires each trigger on one service instance only).
 */
@DisallowConcurrentExecution
public class IngestEndpointQuartzJob extends QuartzJobBean {
    static final String ENDPOINT = "endpoint";
    static final String SOURCE = "source";
    private static final Logger log = LoggerFactory.getLogger(IngestEndpointQuartzJob.class);

    private IngestionRunner ingestion;
    private IngestionProperties properties;

    /** Set by Spring's job factory. */
    public void setIngestionRunner(IngestionRunner ingestion) {
        this.ingestion = ingestion;
    }

    /** Set by Spring's job factory. */
    public void setIngestionProperties(IngestionProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        String name = context.getMergedJobDataMap().getString(ENDPOINT);
        String source = context.getMergedJobDataMap().getString(SOURCE);
        IngestionProperties.Endpoint endpoint = properties.endpoints().stream()
                .filter(candidate -> candidate.name().equals(name) && candidate.source().equals(source)).findFirst()
                .orElse(null);
        if (endpoint == null) {
            log.warn("scheduled ingestion of {} ({}) skipped: the endpoint is no longer configured", name, source);
            return;
        }
        IngestionOutcome outcome = ingestion.run(endpoint);
        if (outcome.failed()) {
            log.error("scheduled ingestion failed: {}", outcome);
        } else {
            log.info("scheduled ingestion: {}", outcome);
        }
        if (outcome.landed() > 0 || outcome.quarantined() > 0) {
            try {
                context.getScheduler().triggerJob(JobKey.jobKey(TransformQuartzJob.NAME, Schedules.GROUP));
            } catch (SchedulerException e) {
                log.error("could not ask for a transform after ingesting {}: {}", name, e.getMessage());
            }
        }
    }
}
