package org.convene.exchange;

import java.util.Collection;
import java.util.Map;

/**
 * What an import needs to know about the graph already stored, asked in batches: the planner
 * calls each method at most once per import, so an implementation answers with one query each.
 */
interface StoredGraph {

    /** The stored elements among these ids, keyed by id; ids not stored are absent. */
    Map<String, StoredElement> elementsById(Collection<String> ids);

    /** The stored elements among these labels (exact, case-sensitive), keyed by label. */
    Map<String, StoredElement> elementsByLabel(Collection<String> labels);

    /** Every known sector: its lower-case key to its key, and its lower-case title to its key. */
    Map<String, String> sectorKeys();
}
