package org.convene.network;

import jakarta.validation.constraints.Size;

/**
 * A person's role at an organization; both named by id or label (ignored on update). {@code since}
 * and {@code until} (ISO dates) say when it began and ended; {@code leads} whether the person leads
 * the organization.
 */
record AffiliationRequest(
        String person, String organization, @Size(max = 200) String role, String since, String until, Boolean leads) {

    public AffiliationRequest(String person, String organization, String role, String since) {
        this(person, organization, role, since, null, null);
    }
}
