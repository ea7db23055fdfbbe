package org.convene.analysis;

import java.util.Map;

/**
 * The organizations of a {@link CoalitionGraph}, one array per field indexed by organization,
 * and the id lookup. No edit changes them, so every derived graph shares them.
 */
final class OrganizationColumns {

    final String[] ids;
    final String[] names;
    final String[] sectors;
    final String[] levels;

    private final Map<String, Integer> index;

    /** Columns from these arrays, which become the columns' own, and each id's index. */
    OrganizationColumns(String[] ids, String[] names, String[] sectors, String[] levels, Map<String, Integer> index) {
        this.ids = ids;
        this.names = names;
        this.sectors = sectors;
        this.levels = levels;
        this.index = index;
    }

    /** The number of organizations. */
    int count() {
        return ids.length;
    }

    /** The organization with this id, or {@code null}. */
    Integer indexOf(String id) {
        return index.get(id);
    }
}
