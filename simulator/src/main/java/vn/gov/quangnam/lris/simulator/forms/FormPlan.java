package vn.gov.quangnam.lris.simulator.forms;

import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.RandomStream;
import vn.gov.quangnam.lris.simulator.generation.UnitProfile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Who sends which form for a month (units valid on the month's last day), and the figures on it. Figures follow the
 * unit's profile plus its self-report optimism, so self-reported e-processing of a commune that also has a system
 * runs above what the system measures. Forms are not scaled: they are a handful of figures per unit and month.
 */
public final class FormPlan {
    private static final int SALT = 0xF0F0;
    private static final double WORKING_DAYS_PER_MONTH = 22;
    private static final List<String> NOTES = List.of("", "", "", "Số liệu ước tính", "Đã đối chiếu với sổ theo dõi",
            "Báo cáo bổ sung");

    private final GenerationContext context;
    private final EndpointLayout layout;

    public FormPlan(GenerationContext context, EndpointLayout layout) {
        this.context = requireNonNull(context, "context is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    public List<MonthlyForm> formsFor(YearMonth month) {
        LocalDate lastDay = month.atEndOfMonth();
        List<MonthlyForm> forms = new ArrayList<>();
        for (Unit unit : context.units().validOn(lastDay)) {
            List<String> indicators = indicatorsOf(unit);
            if (indicators.isEmpty()) {
                continue;
            }
            RandomStream random = RandomStream.of(context.seed(), SALT, RandomStream.hash(unit.code()),
                    month.getYear() * 12L + month.getMonthValue());
            FormFormat format = RandomStream.unit(RandomStream.hash(context.seed(), RandomStream.hash(unit.code()))) < 0.5
                    ? FormFormat.CSV : FormFormat.XLSX;
            List<FormRow> rows = new ArrayList<>();
            for (String indicator : indicators) {
                rows.add(row(unit, indicator, lastDay, random));
            }
            forms.add(new MonthlyForm(unit, month, format, rows));
        }
        return forms;
    }

    private List<String> indicatorsOf(Unit unit) {
        if (unit.level() == UnitLevel.COMMUNE
                && layout.districtsWhoseCommunesHaveNoSystem().contains(unit.parentCode())) {
            return FormIndicators.SYSTEM_INDICATORS;
        }
        if (unit.level() == UnitLevel.COMMUNE
                && layout.districtsWhoseCommunesAlsoReportEProcessing().contains(unit.parentCode())) {
            return FormIndicators.CROSS_CHECK_INDICATORS;
        }
        if (unit.level() == UnitLevel.DISTRICT && layout.districtOfficesReportFormOnlyIndicators()) {
            return FormIndicators.FORM_ONLY_INDICATORS;
        }
        return List.of();
    }

    private FormRow row(Unit unit, String indicator, LocalDate lastDay, RandomStream random) {
        UnitProfile profile = context.profiles().of(unit.code());
        double optimism = profile.selfReportOptimism();
        long denominator = switch (indicator) {
            case "e_processing" -> monthly(profile, Source.WORK_RECORDS, random);
            case "online_dossiers", "on_time" -> monthly(profile, Source.DOSSIERS, random);
            case "online_payment" -> Math.max(1, Math.round(monthly(profile, Source.DOSSIERS, random) * 0.4));
            case "satisfaction" -> Math.max(1, Math.round(monthly(profile, Source.DOSSIERS, random) * profile.ratedShare()));
            case "e_documents" -> monthly(profile, Source.DOCUMENTS, random);
            case "digitization" -> monthly(profile, Source.RESULTS, random) * random.between(6, 24);
            case "online_payment_coverage" -> random.between(10, 60);
            case "full_online_coverage" -> random.between(40, 200);
            case "e_internal_transfer" -> Math.max(1, Math.round(districtDossiers(unit, lastDay, random) * 0.3));
            case "data_reuse" -> districtDossiers(unit, lastDay, random);
            case "par_inspections" -> context.units().communesOf(unit.code(), lastDay).size() + 12L;
            default -> throw new IllegalArgumentException("no figures for indicator " + indicator);
        };
        double share = switch (indicator) {
            case "e_processing" -> profile.eProcessingShare() + optimism;
            case "online_dossiers" -> profile.onlineShare() + optimism / 2;
            case "online_payment" -> profile.onlinePaymentShare() + optimism / 2;
            case "on_time" -> 1 - profile.lateShare() / 2;
            case "satisfaction" -> profile.satisfiedShare();
            case "e_documents" -> profile.electronicDocumentShare() * profile.signedShare() + optimism / 2;
            case "digitization" -> profile.resultDigitizationShare();
            case "online_payment_coverage" -> 0.5 + 0.5 * profile.quality();
            case "full_online_coverage" -> 0.3 + 0.7 * profile.quality();
            case "e_internal_transfer" -> 0.5 + 0.5 * profile.quality();
            case "data_reuse" -> 0.4 + 0.6 * profile.quality();
            default -> 0.1 + 0.5 * profile.quality();
        };
        long numerator = Math.min(denominator, Math.round(denominator * Math.min(1, share)));
        return new FormRow(indicator, numerator, denominator, random.pick(NOTES));
    }

    private long monthly(UnitProfile profile, Source source, RandomStream random) {
        double mean = profile.volumeClass().perWorkingDay(source) * profile.volumeFactor() * WORKING_DAYS_PER_MONTH;
        return Math.max(1, random.poisson(mean));
    }

    /** Dossiers received in the district's territory in a month: its own office and its communes. */
    private long districtDossiers(Unit district, LocalDate lastDay, RandomStream random) {
        long total = monthly(context.profiles().of(district.code()), Source.DOSSIERS, random);
        for (Unit commune : context.units().communesOf(district.code(), lastDay)) {
            total += monthly(context.profiles().of(commune.code()), Source.DOSSIERS, random);
        }
        return total;
    }
}
