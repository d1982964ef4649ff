package vn.gov.quangnam.lris.simulator.generation;

/** How a source writes a timestamp: ISO-8601 with offset (normal), local time without offset, or compact. */
public enum TimestampStyle {
    /** {@code 2024-03-05T08:30:00+07:00} */
    OFFSET,
    /** {@code 2024-03-05T08:30:00}, meaning Asia/Ho_Chi_Minh local time */
    LOCAL,
    /** {@code 20240305083000}, local time */
    COMPACT
}
