package vn.gov.quangnam.lris.transforms.staging;

/**
 * One staging table: its name and the SELECT that builds it from a raw table (one row per current source record).
 * The SELECT reads {@code {source}}, replaced by the raw table or by a view of the affected keys' versions.
 */
public record StagingModel(String table, String rawTable, String keyColumns, String select) {

    public String selectFrom(String source) {
        return select.replace("{source}", source);
    }
}
