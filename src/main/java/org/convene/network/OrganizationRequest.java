package org.convene.network;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An organization as written by the API; {@code sector} by key or title; {@code resources} the
 * resources it can bring, 1 to 5 (0 clears it).
 */
record OrganizationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String sector,
        String level,
        @Size(max = 5000) String description,
        List<@Size(max = 100) String> tags,
        @Min(0) @Max(5) Integer resources) {

    public OrganizationRequest(String name, String sector, String level, String description, List<String> tags) {
        this(name, sector, level, description, tags, null);
    }
}
