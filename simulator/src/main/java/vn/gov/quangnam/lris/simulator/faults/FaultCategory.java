package vn.gov.quangnam.lris.simulator.faults;

/** How a fault is triggered and what a correct ingestion does about it. */
public enum FaultCategory {
    /** Hits a request a number of times ({@code times}), then the request succeeds; or every request ({@code down}). */
    REQUEST,
    /** Alters a share of the pages served ({@code share}) until cleared; a correct ingestion deduplicates. */
    PAGE,
    /** Alters a share of the records or files ({@code share}); a correct ingestion accepts them after normalising. */
    NORMALISABLE,
    /** Alters a share of the records or files ({@code share}); a correct ingestion quarantines them. */
    BAD
}
