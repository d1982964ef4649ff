package vn.gov.quangnam.lris.jobs.schedule;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionProperties;
import vn.gov.quangnam.lris.jobs.reports.ReportProperties;
import vn.gov.quangnam.lris.jobs.transforms.TransformProperties;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Registers the schedules in Quartz's JDBC job store: one cron trigger per configured ingestion endpoint, the
 * transform job (fired after each ingestion that landed something) and its weekly full rebuild. Idempotent: existing
 * triggers are replaced, triggers of endpoints no longer configured are removed. A missed fire (service down) runs
 * once when the service is back.
 */
@Component
public class Schedules {
    static final String GROUP = "lris";
    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final Scheduler scheduler;
    private final IngestionProperties ingestion;
    private final TransformProperties transforms;
    private final ReportProperties reports;

    Schedules(Scheduler scheduler, IngestionProperties ingestion, TransformProperties transforms, ReportProperties reports) {
        this.scheduler = scheduler;
        this.ingestion = ingestion;
        this.transforms = transforms;
        this.reports = reports;
    }

    /** Registers every schedule and starts the scheduler. */
    public void start() throws SchedulerException {
        JobDetail transform = JobBuilder.newJob(TransformQuartzJob.class).withIdentity(TransformQuartzJob.NAME, GROUP)
                .usingJobData(TransformQuartzJob.FULL, false).storeDurably().requestRecovery().build();
        scheduler.addJob(transform, true);
        schedule(TriggerBuilder.newTrigger().withIdentity("transform-full-rebuild", GROUP).forJob(transform)
                .usingJobData(TransformQuartzJob.FULL, true)
                .withSchedule(CronScheduleBuilder.cronSchedule(transforms.fullRebuildCron())
                        .withMisfireHandlingInstructionFireAndProceed()).build());
        JobDetail breachReports = JobBuilder.newJob(BreachReportQuartzJob.class).withIdentity(BreachReportQuartzJob.NAME, GROUP)
                .usingJobData(BreachReportQuartzJob.YEAR_TO_DATE, false).storeDurably().build();
        scheduler.addJob(breachReports, true);
        schedule(TriggerBuilder.newTrigger().withIdentity("breach-reports-monthly", GROUP).forJob(breachReports)
                .withSchedule(CronScheduleBuilder.cronSchedule(reports.monthlyCron()).withMisfireHandlingInstructionFireAndProceed()).build());
        schedule(TriggerBuilder.newTrigger().withIdentity("breach-reports-weekly-year-to-date", GROUP).forJob(breachReports)
                .usingJobData(BreachReportQuartzJob.YEAR_TO_DATE, true)
                .withSchedule(CronScheduleBuilder.cronSchedule("0 0 8 ? * MON").withMisfireHandlingInstructionFireAndProceed()).build());
        Set<TriggerKey> wanted = new HashSet<>();
        for (IngestionProperties.Endpoint endpoint : ingestion.endpoints()) {
            if (endpoint.cron() == null || endpoint.cron().isBlank()) {
                continue;
            }
            String identity = "ingest-" + endpoint.source() + "-" + endpoint.name();
            JobDetail job = JobBuilder.newJob(IngestEndpointQuartzJob.class).withIdentity(identity, GROUP)
                    .usingJobData(IngestEndpointQuartzJob.ENDPOINT, endpoint.name())
                    .usingJobData(IngestEndpointQuartzJob.SOURCE, endpoint.source())
                    .storeDurably().requestRecovery().build();
            scheduler.addJob(job, true);
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(identity, GROUP).forJob(job)
                    .withSchedule(CronScheduleBuilder.cronSchedule(endpoint.cron()).withMisfireHandlingInstructionFireAndProceed())
                    .build();
            schedule(trigger);
            wanted.add(trigger.getKey());
        }
        for (TriggerKey key : scheduler.getTriggerKeys(org.quartz.impl.matchers.GroupMatcher.triggerGroupEquals(GROUP))) {
            if (key.getName().startsWith("ingest-") && !wanted.contains(key)) {
                scheduler.unscheduleJob(key);
                scheduler.deleteJob(JobKey.jobKey(key.getName(), GROUP));
                log.info("removed the schedule {}: its endpoint is no longer configured", key.getName());
            }
        }
        scheduler.start();
        log.info("scheduler started: {} ingestion schedules, transforms after each ingestion, full rebuild '{}'",
                wanted.size(), transforms.fullRebuildCron());
    }

    public List<String> describe() throws SchedulerException {
        return scheduler.getTriggerKeys(org.quartz.impl.matchers.GroupMatcher.triggerGroupEquals(GROUP)).stream()
                .map(TriggerKey::getName).sorted().toList();
    }

    private void schedule(Trigger trigger) throws SchedulerException {
        if (scheduler.checkExists(trigger.getKey())) {
            scheduler.rescheduleJob(trigger.getKey(), trigger);
        } else {
            scheduler.scheduleJob(trigger);
        }
    }
}
