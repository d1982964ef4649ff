package vn.gov.quangnam.lris.simulator.forms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.simulator.EndpointDefinition;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.FaultCategory;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.Faults;
import vn.gov.quangnam.lris.simulator.faults.QuarantineReason;
import vn.gov.quangnam.lris.simulator.faults.RecordFaultSelector;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.RandomStream;
import vn.gov.quangnam.lris.simulator.truth.BadFormRow;
import vn.gov.quangnam.lris.simulator.truth.ExpectedFormRow;
import vn.gov.quangnam.lris.simulator.truth.FormFileTruth;
import vn.gov.quangnam.lris.simulator.truth.FormsTruth;
import vn.gov.quangnam.lris.simulator.truth.NormalisedFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Writes the self-reported forms into the inbox folder: all forms of a month once the clock has passed the month's
 * last day, one file per unit ({@code <unit code>_<yyyy-MM>.csv|xlsx}), each written to a hidden temporary file
 * first and renamed into place, so a reader never sees half a file. The forms faults in force at that moment decide
 * how each file is spoiled; what was written is remembered for the truth.
 */
public final class FormsInbox {
    private static final Logger log = LoggerFactory.getLogger(FormsInbox.class);

    private final EndpointDefinition endpoint;
    private final FormPlan plan;
    private final Faults faults;
    private final GenerationContext context;
    private final Set<YearMonth> written = new HashSet<>();
    private final List<FormFileTruth> files = new ArrayList<>();
    private final List<ExpectedFormRow> expectedRows = new ArrayList<>();
    private final List<BadFormRow> badRows = new ArrayList<>();
    private final List<NormalisedFile> normalisedFiles = new ArrayList<>();

    public FormsInbox(EndpointDefinition endpoint, FormPlan plan, Faults faults, GenerationContext context) {
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
        this.plan = requireNonNull(plan, "plan is null");
        this.faults = requireNonNull(faults, "faults is null");
        this.context = requireNonNull(context, "context is null");
        try {
            Files.createDirectories(endpoint.inbox());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the forms inbox " + endpoint.inbox() + ": " + e.getMessage()
                    + "; choose a folder the simulator may write to", e);
        }
    }

    public Path folder() {
        return endpoint.inbox();
    }

    /** Writes the forms of every month from {@code from}'s month that has ended by {@code clockDay} and is not yet
     *  written. The files of a month are rendered in parallel and recorded in a fixed order. */
    public synchronized void writeEndedMonths(LocalDate from, LocalDate clockDay) {
        for (YearMonth month = YearMonth.from(from); !month.atEndOfMonth().isAfter(clockDay); month = month.plusMonths(1)) {
            if (written.add(month)) {
                RecordFaultSelector selector = faults.recordFaults(endpoint.name(), Source.FORMS);
                List<MonthlyForm> forms = plan.formsFor(month);
                List<RenderedForm> rendered = forms.parallelStream().map(form -> render(form, selector)).toList();
                rendered.forEach(this::record);
                log.info("forms inbox {}: wrote {} forms for {}", endpoint.inbox(), forms.size(), month);
            }
        }
    }

    public synchronized FormsTruth truth() {
        return new FormsTruth(endpoint.name(), endpoint.inbox(), files, expectedRows, badRows, normalisedFiles);
    }

    private record RenderedForm(MonthlyForm form, FaultKind fault, FormSheetBuilder.BuiltForm built) {
    }

    private RenderedForm render(MonthlyForm form, RecordFaultSelector selector) {
        long unitHash = RandomStream.hash(form.unit().code());
        FaultKind fault = selector.select(RandomStream.hash(unitHash, form.month().getYear(), form.month().getMonthValue()));
        boolean alternateColumns = RandomStream.unit(RandomStream.hash(context.seed(), unitHash, 7)) < 0.3;
        LocalDate lastDay = form.month().atEndOfMonth();
        String uniqueName = context.units().hasUniqueName(form.unit(), lastDay) ? form.unit().name() : null;
        FormSheetBuilder.BuiltForm built = FormSheetBuilder.build(form, fault, alternateColumns, uniqueName);
        byte[] bytes = form.format() == FormFormat.CSV ? CsvFormWriter.write(built.sheet())
                : XlsxFormWriter.write(built.sheet());
        writeFile(form.fileName(), bytes);
        if (fault == FaultKind.DUPLICATE_FORM) {
            writeFile(form.resentFileName(), bytes);
        }
        return new RenderedForm(form, fault, built);
    }

    private void record(RenderedForm rendered) {
        MonthlyForm form = rendered.form();
        FaultKind fault = rendered.fault();
        FormSheetBuilder.BuiltForm built = rendered.built();
        files.add(new FormFileTruth(form.fileName(), form.unit().code(), form.month(), form.format(), fault));
        if (fault == FaultKind.DUPLICATE_FORM) {
            files.add(new FormFileTruth(form.resentFileName(), form.unit().code(), form.month(), form.format(), fault));
            badRows.add(new BadFormRow(form.resentFileName(), null, fault, QuarantineReason.DUPLICATE_FORM));
        }
        if (fault == FaultKind.UNKNOWN_UNIT) {
            badRows.add(new BadFormRow(form.fileName(), null, fault, QuarantineReason.UNKNOWN_UNIT));
            return;
        }
        if (built.badIndicator() != null) {
            badRows.add(new BadFormRow(form.fileName(), built.badIndicator(), fault, fault.reason().orElseThrow()));
        }
        if (fault != null && fault.category() == FaultCategory.NORMALISABLE && built.faultVisible()) {
            normalisedFiles.add(new NormalisedFile(form.fileName(), fault));
        }
        for (FormRow row : form.rows()) {
            if (!row.indicator().equals(built.badIndicator())) {
                expectedRows.add(new ExpectedFormRow(form.unit().code(), form.month(), row.indicator(), row.numerator(),
                        row.denominator(), form.fileName()));
            }
        }
    }

    private void writeFile(String name, byte[] bytes) {
        Path target = endpoint.inbox().resolve(name);
        Path temporary = endpoint.inbox().resolve("." + name + ".part");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write form " + target + ": " + e.getMessage(), e);
        }
    }
}
