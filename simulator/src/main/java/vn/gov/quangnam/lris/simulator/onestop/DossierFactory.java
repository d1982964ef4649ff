package vn.gov.quangnam.lris.simulator.onestop;

import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.Procedure;
import vn.gov.quangnam.lris.simulator.generation.RandomStream;
import vn.gov.quangnam.lris.simulator.generation.RecordFactory;
import vn.gov.quangnam.lris.simulator.generation.RecordOrigin;
import vn.gov.quangnam.lris.simulator.generation.SimulatorTime;
import vn.gov.quangnam.lris.simulator.generation.UnitProfile;
import vn.gov.quangnam.lris.simulator.generation.WorkingTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Generates dossiers from the unit's profile: channel and online payment by the unit's shares, lateness by its late
 * share (judged by the national rule, so two supplement requests make a dossier late), apology letters for most but
 * not all late dossiers, fees on the procedures that carry them, ratings on a subset.
 */
public final class DossierFactory implements RecordFactory {
    private static final int SALT = 0xD055;
    private static final long DAY = 86_400;

    private final GenerationContext context;

    public DossierFactory(GenerationContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Source source() {
        return Source.DOSSIERS;
    }

    @Override
    public Dossier create(RecordOrigin origin) {
        RandomStream random = context.randomFor(SALT, origin);
        UnitProfile profile = context.profiles().of(origin.unit().code());
        Procedure procedure = random.pick(context.procedures().forUnit(origin.unit()));
        boolean online = procedure.offeredOnline() && random.chance(Math.min(1, profile.onlineShare() / 0.8));
        int channel = online ? 2 : random.chance(0.03) ? 3 : 1;
        LocalDate day = origin.day();
        long receivedAt = online ? WorkingTime.anyTime(day, random) : WorkingTime.officeTime(day, random);
        // a dossier received after closing time or on a weekend counts from the next working day
        LocalDate counted = receivedAt >= WorkingTime.closingTime(day) || !WorkingTime.isWorkingDay(day)
                ? WorkingTime.nextWorkingDay(day.plusDays(1)) : day;
        long promisedAt = WorkingTime.closingTime(WorkingTime.addWorkingDays(
                procedure.promisedWorkingDays() == 0 ? counted : counted.plusDays(1),
                Math.max(0, procedure.promisedWorkingDays() - 1)));
        List<SupplementRequest> supplements = supplements(random, profile, receivedAt, procedure);
        long citizenSeconds = supplements.stream().mapToLong(SupplementRequest::citizenSeconds).sum();

        double outcome = random.nextDouble();
        int finalStatus = outcome < 0.02 ? Dossier.NOT_ACCEPTED : outcome < 0.03 ? Dossier.WITHDRAWN
                : outcome < 0.035 ? Dossier.STOPPED : Dossier.PROCESSED;
        boolean stalled = outcome > 0.997;
        long finishedAt = stalled ? 0 : finishTime(random, profile, receivedAt, promisedAt, citizenSeconds, finalStatus);
        long returnedAt = 0;
        if (finalStatus == Dossier.PROCESSED && finishedAt != 0) {
            returnedAt = random.chance(0.5) ? finishedAt
                    : WorkingTime.officeTime(WorkingTime.addWorkingDays(SimulatorTime.dayOf(finishedAt).plusDays(1),
                    random.nextInt(3)), random);
            returnedAt = Math.max(returnedAt, finishedAt);
        }
        boolean hasFee = procedure.hasFee();
        int onlinePayment = hasFee && random.chance(profile.onlinePaymentShare()) ? random.between(1, 2) : 0;
        boolean late = finishedAt != 0
                && (finishedAt - citizenSeconds > promisedAt || supplements.size() > 1);
        boolean apology = late && finalStatus == Dossier.PROCESSED && random.chance(profile.apologyShare());
        int rating = 0;
        if (returnedAt != 0 && random.chance(profile.ratedShare())) {
            rating = random.chance(profile.satisfiedShare()) ? (random.chance(0.6) ? 5 : 4) : random.between(1, 3);
        }
        return new Dossier(origin.key(), origin.unit().code(), day, procedure.code(), procedure.field(), channel,
                procedure.onlineLevel(), receivedAt, promisedAt, finishedAt, returnedAt, finalStatus, supplements,
                hasFee, procedure.feeVnd(), onlinePayment, random.chance(profile.digitizedInputShare()),
                finalStatus == Dossier.PROCESSED && random.chance(profile.electronicResultShare()),
                random.chance(online ? profile.authenticatedShare() : profile.authenticatedShare() * 0.3),
                apology, rating, (int) Math.min(random.between(30, 900), SimulatorTime.endOfDay(day) - receivedAt), null);
    }

    private static List<SupplementRequest> supplements(RandomStream random, UnitProfile profile, long receivedAt,
                                                       Procedure procedure) {
        List<SupplementRequest> supplements = new ArrayList<>();
        if (!random.chance(profile.supplementShare())) {
            return supplements;
        }
        // more than one supplement request makes a dossier late (national rule): only where lateness happens at all
        int count = random.chance(0.1) && profile.lateShare() > 0 ? 2 : 1;
        long requestedAt = receivedAt + DAY / 2;
        for (int i = 0; i < count; i++) {
            requestedAt += random.between(1, Math.max(1, procedure.promisedWorkingDays())) * DAY / 2;
            long completedAt = requestedAt + random.between(1, 7) * DAY;
            supplements.add(new SupplementRequest(requestedAt, completedAt));
            requestedAt = completedAt;
        }
        return supplements;
    }

    /** A finish instant in office hours: late ones 1-10 days after the promised date (plus the citizen's time),
     *  on-time ones between receipt and the promised date (plus the citizen's time). */
    private static long finishTime(RandomStream random, UnitProfile profile, long receivedAt, long promisedAt,
                                   long citizenSeconds, int finalStatus) {
        long earliest = receivedAt + 600;
        if (finalStatus != Dossier.PROCESSED) {
            return Math.max(earliest, WorkingTime.officeTime(WorkingTime.nextWorkingDay(
                    SimulatorTime.dayOf(receivedAt).plusDays(random.nextInt(2))), random));
        }
        if (random.chance(profile.lateShare())) {
            LocalDate lateDay = SimulatorTime.dayOf(promisedAt + citizenSeconds).plusDays(random.between(1, 10));
            return WorkingTime.officeTime(WorkingTime.nextWorkingDay(lateDay), random);
        }
        long latest = promisedAt + citizenSeconds;
        if (latest <= earliest) {
            return earliest;
        }
        LocalDate first = SimulatorTime.dayOf(earliest);
        int days = (int) (SimulatorTime.dayOf(latest).toEpochDay() - first.toEpochDay());
        long finish = WorkingTime.officeTime(WorkingTime.nextWorkingDay(first.plusDays(random.nextInt(days + 1))), random);
        return Math.max(earliest, Math.min(latest, finish));
    }
}
