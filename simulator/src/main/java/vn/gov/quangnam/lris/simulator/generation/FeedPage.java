package vn.gov.quangnam.lris.simulator.generation;

import java.util.List;

/** One page of a feed: the records on it and how many records match the request in total. */
public record FeedPage(long totalRecords, List<ServedRecord> records) {
    public FeedPage {
        records = List.copyOf(records);
    }

    public int totalPages(int pageSize) {
        return (int) ((totalRecords + pageSize - 1) / pageSize);
    }
}
