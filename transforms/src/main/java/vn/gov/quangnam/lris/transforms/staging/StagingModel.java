package vn.gov.quangnam.lris.transforms.staging;

/**
 * One staging table: its name and the SELECT that builds it from a raw table (one row per current source record).
 * The SELECT reads {@code {source}}, replaced by the raw table or by a view of the affected keys' versions, and ranks
 * the versions of each {@code {record}}, replaced by the key columns.
 *
 * @param partitionDate the raw table's partition date column (received, issued, opened), which a record's versions
 *                      share unless a source corrected it; null for a table that is not partitioned by one
 */
public record StagingModel(String table, String rawTable, String keyColumns, String partitionDate, String select) {

    public StagingModel {
        if (!select.contains("{source}") || !select.contains("{record}")) {
            throw new IllegalArgumentException(table + ": the SELECT must read {source} and rank the versions of each {record}");
        }
    }

    /** The SELECT over {@code source}: the latest version of each record. */
    public String selectFrom(String source) {
        return select.replace("{source}", source).replace("{record}", keyColumns);
    }

    /**
     * The SELECT over {@code source} with the versions ranked per record and partition date: the latest version of
     * each record only when no record's versions differ in that date ({@link StagingRebuild}).
     */
    String selectPerPartitionDate(String source) {
        return select.replace("{source}", source).replace("{record}", partitionDate + ", " + keyColumns);
    }
}
