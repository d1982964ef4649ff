package vn.gov.quangnam.lris.jobs.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;
import vn.gov.quangnam.lris.reports.BreachReports;
import vn.gov.quangnam.lris.reports.DeliveryResult;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Quartz job: delivers the breach reports of the last Decree 09 reporting month (monthly, and after each transform)
 * or of the reporting year to date (weekly). The outbox keys each message by period, recipient and kind, so running
 * it again sends only what was not sent yet.
 */
@DisallowConcurrentExecution
public class BreachReportQuartzJob extends QuartzJobBean {
    static final String NAME = "breach-reports";
    static final String YEAR_TO_DATE = "yearToDate";
    private static final Logger log = LoggerFactory.getLogger(BreachReportQuartzJob.class);

    private BreachReports reports;

    /** Set by Spring's job factory. */
    public void setBreachReports(BreachReports reports) {
        this.reports = reports;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        String period = period(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), context.getMergedJobDataMap().getBooleanValue(YEAR_TO_DATE));
        DeliveryResult result = reports.deliver(period);
        if (result.failed().isEmpty()) {
            log.info("breach reports {}: {} queued, {} sent", period, result.queued(), result.sent());
        } else {
            log.error("breach reports {}: {} sent, {} failed (see lris status)", period, result.sent(), result.failed().size());
        }
    }

    /**
     * Decree 09/2019/NĐ-CP art. 12: the reporting month ends on the 14th, so from the 15th the current month's
     * report is complete; before, the previous month's. The reporting year runs from 15 December.
     */
    static String period(LocalDate today, boolean yearToDate) {
        LocalDate month = today.getDayOfMonth() >= 15 ? today : today.minusMonths(1);
        if (yearToDate) {
            int year = today.getMonthValue() == 12 && today.getDayOfMonth() >= 15 ? today.getYear() + 1 : today.getYear();
            return "R" + year;
        }
        return String.format("R%d-%02d", month.getYear(), month.getMonthValue());
    }
}
