package org.convene.network;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person as written by the API. On an update a left-out (null) field keeps the stored value and
 * a blank one clears it; {@code name} is always required. {@code sector} is the person's own sector (for a parent or a
 * student whom no organization speaks for), by key or title; {@code stageNote} goes into the stage
 * history when the stage changes. The ratings ({@code power}, positional power, and the innovator
 * qualities {@code urgency}, {@code optimism}, {@code collaboration}, {@code openness}) are 1 to 5,
 * and 0 clears one; {@code noResources} flags someone who cannot tap organizational resources.
 */
public record PersonRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String role,
        String sector,
        Boolean coalition,
        String stage,
        @Size(max = 1000) String stageNote,
        @Size(max = 5000) String description,
        List<@Size(max = 100) String> tags,
        @Min(0) @Max(5) Integer power,
        @Min(0) @Max(5) Integer urgency,
        @Min(0) @Max(5) Integer optimism,
        @Min(0) @Max(5) Integer collaboration,
        @Min(0) @Max(5) Integer openness,
        Boolean noResources) {

    /** A person with the fields the form has always had, and no ratings. */
    public PersonRequest(
            String name,
            String role,
            String sector,
            Boolean coalition,
            String stage,
            String stageNote,
            String description,
            List<String> tags) {
        this(name, role, sector, coalition, stage, stageNote, description, tags, null, null, null, null, null, null);
    }
}
