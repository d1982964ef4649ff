package vn.gov.quangnam.lris.simulator.documents;

import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.RandomStream;
import vn.gov.quangnam.lris.simulator.generation.RecordFactory;
import vn.gov.quangnam.lris.simulator.generation.RecordOrigin;
import vn.gov.quangnam.lris.simulator.generation.UnitProfile;
import vn.gov.quangnam.lris.simulator.generation.WorkingTime;

import static java.util.Objects.requireNonNull;

/** Generates work records: handled electronically by the unit's e-processing share, 2 % secret, most closed within
 *  1-30 days, some left open. */
public final class WorkRecordFactory implements RecordFactory {
    private static final int SALT = 0xC0B5;

    private final GenerationContext context;

    public WorkRecordFactory(GenerationContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Source source() {
        return Source.WORK_RECORDS;
    }

    @Override
    public WorkRecord create(RecordOrigin origin) {
        RandomStream random = context.randomFor(SALT, origin);
        UnitProfile profile = context.profiles().of(origin.unit().code());
        long openedAt = WorkingTime.officeTime(origin.day(), random);
        long closedAt = random.chance(0.9)
                ? WorkingTime.officeTime(WorkingTime.nextWorkingDay(origin.day().plusDays(random.between(1, 30))), random)
                : 0;
        return new WorkRecord(origin.key(), origin.unit().code(), origin.day(), openedAt, closedAt,
                random.chance(profile.eProcessingShare()), random.chance(0.02) ? random.between(1, 3) : 0,
                random.between(60, 1800), null);
    }
}
