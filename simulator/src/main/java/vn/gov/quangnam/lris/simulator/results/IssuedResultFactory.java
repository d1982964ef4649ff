package vn.gov.quangnam.lris.simulator.results;

import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.Procedure;
import vn.gov.quangnam.lris.simulator.generation.RandomStream;
import vn.gov.quangnam.lris.simulator.generation.RecordFactory;
import vn.gov.quangnam.lris.simulator.generation.RecordOrigin;
import vn.gov.quangnam.lris.simulator.generation.UnitProfile;
import vn.gov.quangnam.lris.simulator.generation.WorkingTime;

import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Generates issued results: of the unit's procedures that issue one; valid for the procedure's years (or
 * indefinitely; one in ten only for 1-12 months, so the stock also shrinks); digitized by the unit's share, most the
 * same day and the rest 1-120 days later.
 */
public final class IssuedResultFactory implements RecordFactory {
    private static final int SALT = 0xCE5;

    private final GenerationContext context;

    public IssuedResultFactory(GenerationContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Source source() {
        return Source.RESULTS;
    }

    @Override
    public IssuedResult create(RecordOrigin origin) {
        RandomStream random = context.randomFor(SALT, origin);
        UnitProfile profile = context.profiles().of(origin.unit().code());
        List<Procedure> procedures = context.procedures().forUnit(origin.unit()).stream()
                .filter(Procedure::issuesResult).toList();
        Procedure procedure = procedures.isEmpty() ? random.pick(context.procedures().forUnit(origin.unit()))
                : random.pick(procedures);
        LocalDate day = origin.day();
        long issuedAt = WorkingTime.officeTime(day, random);
        LocalDate validUntil = random.chance(0.1) ? day.plusDays(random.between(30, 365))
                : procedure.resultValidYears() == 0 ? null : day.plusYears(procedure.resultValidYears());
        long digitizedAt = 0;
        if (random.chance(profile.resultDigitizationShare())) {
            digitizedAt = random.chance(0.6) ? issuedAt + random.between(0, 600)
                    : WorkingTime.officeTime(WorkingTime.nextWorkingDay(day.plusDays(random.between(1, 120))), random);
        }
        return new IssuedResult(origin.key(), origin.unit().code(), day, procedure.code(), issuedAt, validUntil,
                digitizedAt, random.between(600, 1200), null);
    }
}
