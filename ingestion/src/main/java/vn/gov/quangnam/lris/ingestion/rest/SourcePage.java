package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** One page of a paged source: the envelope's counters and its records ({@code duLieu}). */
public record SourcePage(int page, int pageCount, long recordCount, List<JsonNode> records) {
    public SourcePage {
        records = List.copyOf(records);
    }
}
