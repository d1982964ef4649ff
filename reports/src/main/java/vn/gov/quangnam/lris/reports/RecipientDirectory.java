package vn.gov.quangnam.lris.reports;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who receives which breach report, from a YAML file:
 * <pre>
 * province:            # get the province summary (every breach, worst units first, units without a recipient)
 *   - {name: ..., title: Giám đốc Sở Nội vụ, email: ...}
 * units:               # unit code (mart.dim_units) -> people responsible for it
 *   "502":             # a district: its chair gets the district and its communes
 *     - {name: ..., title: Chủ tịch UBND thành phố Tam Kỳ, email: ...}
 *   "49-STP":          # a province agency: its head gets the agency's own breaches
 *     - {name: ..., title: Giám đốc Sở Tư pháp, email: ...}
 * </pre>
 */
public final class RecipientDirectory {
    private final List<Recipient> province;
    private final Map<String, List<Recipient>> units;

    public RecipientDirectory(List<Recipient> province, Map<String, List<Recipient>> units) {
        this.province = List.copyOf(province);
        this.units = Map.copyOf(units);
    }

    public static RecipientDirectory load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ReportException("cannot read the recipients file " + file + ": " + e.getMessage()
                    + "; set reports.recipients-file to a readable YAML file (see reports/README.md)", e);
        }
    }

    /** The fictional directory shipped for the demo ({@code recipients/demo-recipients.yaml}). */
    public static RecipientDirectory demo() {
        try (InputStream in = RecipientDirectory.class.getResourceAsStream("/recipients/demo-recipients.yaml")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "recipients/demo-recipients.yaml");
        } catch (IOException e) {
            throw new ReportException("cannot read the bundled demo recipients: " + e.getMessage(), e);
        }
    }

    static RecipientDirectory parse(String yaml, String source) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(new StringReader(yaml));
        if (!(root instanceof Map)) {
            throw new ReportException("recipients file " + source + " must be a mapping with keys 'province' and 'units'");
        }
        Map<?, ?> document = (Map<?, ?>) root;
        List<Recipient> province = people(document.get("province"), source, "province");
        Map<String, List<Recipient>> units = new LinkedHashMap<>();
        Object unitsNode = document.get("units");
        if (unitsNode != null && !(unitsNode instanceof Map)) {
            throw new ReportException("recipients file " + source + ": 'units' must map unit codes to lists of people");
        }
        if (unitsNode != null) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) unitsNode).entrySet()) {
                String code = String.valueOf(entry.getKey());
                units.put(code, people(entry.getValue(), source, "units." + code));
            }
        }
        return new RecipientDirectory(province, units);
    }

    private static List<Recipient> people(Object node, String source, String key) {
        List<Recipient> people = new ArrayList<>();
        if (node == null) {
            return people;
        }
        if (!(node instanceof List)) {
            throw new ReportException("recipients file " + source + ": '" + key + "' must be a list of people");
        }
        int index = 0;
        for (Object item : (List<?>) node) {
            index++;
            if (!(item instanceof Map)) {
                throw new ReportException("recipients file " + source + ": " + key + " entry " + index
                        + " must have name, title and email");
            }
            Map<?, ?> person = (Map<?, ?>) item;
            Object name = person.get("name");
            Object title = person.get("title");
            Object email = person.get("email");
            if (name == null || title == null || email == null) {
                throw new ReportException("recipients file " + source + ": " + key + " entry " + index
                        + " lacks " + (name == null ? "name" : title == null ? "title" : "email")
                        + "; every person needs name, title and email");
            }
            try {
                people.add(new Recipient(name.toString(), title.toString(), email.toString()));
            } catch (IllegalArgumentException e) {
                throw new ReportException("recipients file " + source + ": " + key + " entry " + index + ": "
                        + e.getMessage(), e);
            }
        }
        return people;
    }

    public List<Recipient> province() {
        return province;
    }

    /** Unit code -> the people responsible for it. */
    public Map<String, List<Recipient>> units() {
        return units;
    }

    public boolean hasRecipientsFor(String unitCode) {
        List<Recipient> people = units.get(unitCode);
        return people != null && !people.isEmpty();
    }

}
