package vn.gov.quangnam.lris.jobs.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;
import vn.gov.quangnam.lris.jobs.transforms.TransformOutcome;
import vn.gov.quangnam.lris.jobs.transforms.TransformRunner;

/**
 * Quartz job: runs the transforms, incremental after each ingestion, full on the weekly full-rebuild trigger.
 * Runs one at a time: a request while one runs waits for it.
 */
@DisallowConcurrentExecution
public class TransformQuartzJob extends QuartzJobBean {
    static final String NAME = "transform";
    static final String FULL = "full";
    private static final Logger log = LoggerFactory.getLogger(TransformQuartzJob.class);

    private TransformRunner transforms;

    /** Set by Spring's job factory. */
    public void setTransformRunner(TransformRunner transforms) {
        this.transforms = transforms;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        boolean full = context.getMergedJobDataMap().getBooleanValue(FULL);
        TransformOutcome outcome = transforms.run(full, null);
        if (outcome.succeeded()) {
            log.info("scheduled transform ({}): {}", outcome.result().get("mode"), outcome.result());
            try {
                context.getScheduler().triggerJob(org.quartz.JobKey.jobKey(BreachReportQuartzJob.NAME, Schedules.GROUP));
            } catch (org.quartz.SchedulerException e) {
                log.error("could not ask for the breach reports after the transform: {}", e.getMessage());
            }
        } else {
            log.error("scheduled transform failed: {}", outcome.failure());
        }
    }
}
