package vn.gov.quangnam.lris.serving.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * What an account may see in Trino, written as in configuration and in the demo's {@code ACCOUNT} lines:
 *
 * <ul>
 *   <li>{@code service}: reads and writes every schema, owns the {@code reporting} views (the pipeline's account);</li>
 *   <li>{@code analyst}: reads every schema, {@code raw}, {@code staging} and {@code quality} included;</li>
 *   <li>{@code province}: reads {@code mart} and {@code reporting}, every unit;</li>
 *   <li>{@code district-<code>}: reads {@code mart} and {@code reporting} restricted to that district and its communes
 *       (row filters), e.g. {@code district-502} for Tam Kỳ.</li>
 * </ul>
 *
 * @param districtCode the district's statistics office code for {@link Kind#DISTRICT}, else null
 */
public record AccessScope(Kind kind, String districtCode) {
    public enum Kind { SERVICE, ANALYST, PROVINCE, DISTRICT }

    public static final AccessScope SERVICE = new AccessScope(Kind.SERVICE, null);
    public static final AccessScope ANALYST = new AccessScope(Kind.ANALYST, null);
    public static final AccessScope PROVINCE = new AccessScope(Kind.PROVINCE, null);

    private static final Pattern DISTRICT = Pattern.compile("district-([0-9]{3})");

    public AccessScope {
        requireNonNull(kind, "kind is null");
        if ((kind == Kind.DISTRICT) != (districtCode != null)) {
            throw new IllegalArgumentException("a district code goes with the district scope only, was " + kind + "/" + districtCode);
        }
        if (districtCode != null && !districtCode.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("district code must be the 3-digit statistics office code (e.g. 502), was '" + districtCode + "'");
        }
    }

    public static AccessScope district(String code) {
        return new AccessScope(Kind.DISTRICT, code);
    }

    /** Parses {@code service}, {@code analyst}, {@code province} or {@code district-<3 digits>}. */
    public static AccessScope parse(String text) {
        requireNonNull(text, "scope is null");
        String trimmed = text.trim();
        switch (trimmed) {
            case "service":
                return SERVICE;
            case "analyst":
                return ANALYST;
            case "province":
                return PROVINCE;
            default:
                Matcher district = DISTRICT.matcher(trimmed);
                if (district.matches()) {
                    return district(district.group(1));
                }
                throw new IllegalArgumentException("unknown account scope '" + text
                        + "': use service, analyst, province or district-<code> (e.g. district-502)");
        }
    }

    public boolean writes() {
        return kind == Kind.SERVICE;
    }

    @Override
    public String toString() {
        return kind == Kind.DISTRICT ? "district-" + districtCode : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
