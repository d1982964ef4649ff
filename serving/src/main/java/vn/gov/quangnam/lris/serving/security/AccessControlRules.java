package vn.gov.quangnam.lris.serving.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.gov.quangnam.lris.serving.reporting.ReportingView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The rules of Trino's file-based system access control ({@code rules.json}) for the warehouse's accounts. Trino takes
 * the first rule that matches a user and object, and denies what no rule allows:
 *
 * <ul>
 *   <li>the service account may do everything (it owns the schemas and the reporting views, and may grant SELECT
 *       through them);</li>
 *   <li>analysts read every schema of the catalog; province accounts read {@code mart} and {@code reporting};</li>
 *   <li>a district account reads, in {@code mart} and {@code reporting}, every relation that has a {@code unit_code}
 *       column with the row filter {@code unit_code IN (SELECT unit_code FROM mart.dim_units WHERE district_code = '<code>')}
 *       (evaluated as the service account), and the relations without units ({@code dim_periods}, {@code dim_indicators},
 *       {@code fct_targets}, {@code reporting.targets}) whole; nothing of {@code raw}, {@code staging}, {@code quality};</li>
 *   <li>only the service account writes; every user sees only their own queries.</li>
 * </ul>
 *
 * <p>A unit belongs to a district when any of its rows in {@code dim_units} names that district, so a commune that moved
 * (Nông Sơn's communes to Quế Sơn in 2025) is seen by its new district with its history, and a new unit needs a new row
 * in {@code dim_units}, not a new rule.
 */
public final class AccessControlRules {
    private static final List<String> ALL_PRIVILEGES = List.of("SELECT", "INSERT", "DELETE", "UPDATE", "OWNERSHIP", "GRANT_SELECT");
    private static final List<String> READ = List.of("SELECT");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String catalog;
    private final PublishedRelations relations;

    public AccessControlRules(String catalog, PublishedRelations relations) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.relations = requireNonNull(relations, "relations is null");
    }

    public String render(ServingAccounts accounts) {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("catalogs", catalogRules(accounts));
        rules.put("schemas", List.of(rule("user", accounts.service().user(), "owner", true)));
        rules.put("tables", tableRules(accounts));
        rules.put("queries", List.of(
                rule("user", accounts.service().user(), "allow", List.of("execute", "kill", "view")),
                rule("allow", List.of("execute"))));
        rules.put("system_information", List.of(rule("user", accounts.service().user(), "allow", List.of("read", "write"))));
        try {
            return JSON.writeValueAsString(rules) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the Trino access-control rules as JSON", e);
        }
    }

    private List<Map<String, Object>> catalogRules(ServingAccounts accounts) {
        List<Map<String, Object>> rules = new ArrayList<>();
        rules.add(rule("user", accounts.service().user(), "catalog", ".*", "allow", "all"));
        List<ServingAccount> readers = accounts.all().stream().filter(account -> !account.scope().writes()).toList();
        if (!readers.isEmpty()) {
            rules.add(rule("user", users(readers), "catalog", catalog + "|system", "allow", "read-only"));
        }
        return rules;
    }

    private List<Map<String, Object>> tableRules(ServingAccounts accounts) {
        List<Map<String, Object>> rules = new ArrayList<>();
        rules.add(rule("user", accounts.service().user(), "privileges", ALL_PRIVILEGES));
        List<ServingAccount> analysts = accounts.withKind(AccessScope.Kind.ANALYST);
        if (!analysts.isEmpty()) {
            rules.add(rule("user", users(analysts), "catalog", catalog, "privileges", READ));
        }
        List<ServingAccount> province = accounts.withKind(AccessScope.Kind.PROVINCE);
        if (!province.isEmpty()) {
            rules.add(rule("user", users(province), "catalog", catalog, "schema", published(), "privileges", READ));
        }
        districtAccounts(accounts).forEach((districtCode, users) -> rules.addAll(districtRules(districtCode, users, accounts.service())));
        // the JDBC driver's DatabaseMetaData reads system.jdbc; system.metadata has the table and column comments
        rules.add(rule("catalog", "system", "schema", "jdbc|metadata", "privileges", READ));
        return rules;
    }

    private List<Map<String, Object>> districtRules(String districtCode, List<ServingAccount> users, ServingAccount service) {
        String filter = ReportingView.UNIT_COLUMN + " IN (SELECT unit_code FROM " + catalog + "." + PublishedRelations.schemaName()
                + ".dim_units WHERE district_code = '" + districtCode + "')";
        Map<String, Object> environment = rule("user", service.user());
        List<Map<String, Object>> rules = new ArrayList<>();
        addIfAny(rules, relations.martTables(true), names -> rule("user", users(users), "catalog", catalog,
                "schema", PublishedRelations.schemaName(), "table", names, "privileges", READ,
                "filter", filter, "filter_environment", environment));
        addIfAny(rules, relations.reportingViews(true), names -> rule("user", users(users), "catalog", catalog,
                "schema", ReportingView.SCHEMA, "table", names, "privileges", READ,
                "filter", filter, "filter_environment", environment));
        addIfAny(rules, relations.martTables(false), names -> rule("user", users(users), "catalog", catalog,
                "schema", PublishedRelations.schemaName(), "table", names, "privileges", READ));
        addIfAny(rules, relations.reportingViews(false), names -> rule("user", users(users), "catalog", catalog,
                "schema", ReportingView.SCHEMA, "table", names, "privileges", READ));
        return rules;
    }

    private static void addIfAny(List<Map<String, Object>> rules, List<String> relations,
                                 java.util.function.Function<String, Map<String, Object>> rule) {
        if (!relations.isEmpty()) {
            rules.add(rule.apply(String.join("|", relations)));
        }
    }

    private static Map<String, List<ServingAccount>> districtAccounts(ServingAccounts accounts) {
        return accounts.withKind(AccessScope.Kind.DISTRICT).stream()
                .collect(Collectors.groupingBy(account -> account.scope().districtCode(), TreeMap::new, Collectors.toList()));
    }

    private static String published() {
        return PublishedRelations.schemaName() + "|" + ReportingView.SCHEMA;
    }

    /** A regular expression matching exactly these users (names are letters, digits and _: nothing to escape). */
    private static String users(List<ServingAccount> accounts) {
        return accounts.stream().map(ServingAccount::user).collect(Collectors.joining("|"));
    }

    private static Map<String, Object> rule(Object... keysAndValues) {
        Map<String, Object> rule = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            rule.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return rule;
    }
}
