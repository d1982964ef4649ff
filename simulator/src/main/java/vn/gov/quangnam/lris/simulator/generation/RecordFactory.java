package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.simulator.Source;

/** Generates the records of one source, deterministically from the seed and the record's origin. */
public interface RecordFactory {
    Source source();

    SimulatedRecord create(RecordOrigin origin);
}
