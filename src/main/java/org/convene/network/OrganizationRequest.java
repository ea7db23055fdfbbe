package org.convene.network;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An organization as written by the API; {@code sector} by key or title. */
record OrganizationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String sector,
        String level,
        @Size(max = 5000) String description,
        List<@Size(max = 100) String> tags) {}
