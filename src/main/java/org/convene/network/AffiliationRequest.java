package org.convene.network;

import jakarta.validation.constraints.Size;

/** A person's role at an organization; both named by id or label (ignored on update). */
record AffiliationRequest(
        String person, String organization, @Size(max = 200) String role, String since) {}
