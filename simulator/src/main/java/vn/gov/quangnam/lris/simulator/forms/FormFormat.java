package vn.gov.quangnam.lris.simulator.forms;

import java.util.Locale;

/** The file format a unit sends its forms in. */
public enum FormFormat {
    CSV, XLSX;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
