package vn.gov.quangnam.lris.dashboards.api;

import java.util.List;

/** A page asked for an indicator that has no figures in the period (a typo in {@code ?indicator=}, or a new code). */
final class UnknownIndicatorException extends RuntimeException {
    UnknownIndicatorException(String code, List<String> available) {
        super("indicator '" + code + "' has no figures in the period shown; use one of " + available.stream().sorted().toList());
    }
}
