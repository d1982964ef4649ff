package vn.gov.quangnam.lris.simulator.forms;

import java.util.List;

/** The indicator codes (warehouse-schema's indicators.yaml) that self-reported forms carry. */
public final class FormIndicators {
    /** Measured by systems elsewhere; self-reported by communes that have no system. */
    public static final List<String> SYSTEM_INDICATORS = List.of("e_processing", "online_dossiers", "online_payment",
            "on_time", "satisfaction", "e_documents", "digitization");
    /** Carried only by forms; reported by every district's own office. */
    public static final List<String> FORM_ONLY_INDICATORS = List.of("online_payment_coverage", "full_online_coverage",
            "e_internal_transfer", "data_reuse", "par_inspections");
    /** Self-reported by communes that also have a system, to show the gap. */
    public static final List<String> CROSS_CHECK_INDICATORS = List.of("e_processing");

    private FormIndicators() {
    }
}
