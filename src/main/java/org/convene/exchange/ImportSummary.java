package org.convene.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to an import: what the file held and, for a dry run, what writing it would change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportSummary(
        int people, int organizations, int ties, int affiliations, int partnerships, Boolean dryRun, Changes changes) {

    /**
     * What a dry run found: elements new to the store, stored ones the file changes and renames;
     * ties, affiliations and partnerships new to the store and stored ones the file names again.
     */
    public record Changes(
            int createPeople,
            int createOrganizations,
            int updatePeople,
            int updateOrganizations,
            int renames,
            int createTies,
            int updateTies,
            int createAffiliations,
            int updateAffiliations,
            int createPartnerships,
            int updatePartnerships) {}
}
