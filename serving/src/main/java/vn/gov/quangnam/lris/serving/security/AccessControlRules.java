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
 *       column with a row filter ({@link DistrictFilter}, evaluated as the service account):
 *       {@code readable_by_districts LIKE '%,<code>,%'} on the facts and the views over them,
 *       {@code unit_code IN (SELECT unit_code FROM mart.dim_units WHERE district_code = '<code>')} on {@code dim_units}
 *       and any relation without that column; and the relations without units ({@code dim_periods}, {@code dim_indicators},
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
        Map<String, Object> environment = rule("user", service.user());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (DistrictFilter filter : DistrictFilter.values()) {
            String expression = filter.expression(catalog, PublishedRelations.schemaName(), districtCode);
            addIfAny(rules, relations.martTables(filter), names -> relationRule(users, PublishedRelations.schemaName(), names, expression, environment));
            addIfAny(rules, relations.reportingViews(filter), names -> relationRule(users, ReportingView.SCHEMA, names, expression, environment));
        }
        return rules;
    }

    /** SELECT on the relations, row-filtered (evaluated as the service account) unless {@code filter} is null. */
    private Map<String, Object> relationRule(List<ServingAccount> users, String schema, String names, String filter,
                                             Map<String, Object> environment) {
        Map<String, Object> rule = rule("user", users(users), "catalog", catalog, "schema", schema, "table", names, "privileges", READ);
        if (filter != null) {
            rule.put("filter", filter);
            rule.put("filter_environment", environment);
        }
        return rule;
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
