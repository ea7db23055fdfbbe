package org.convene.network;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person as written by the API. On an update a left-out (null) field keeps the stored value and
 * a blank one clears it; {@code name} is always required. {@code sector} is the person's own sector (for a parent or a
 * student whom no organization speaks for), by key or title; {@code stageNote} goes into the stage
 * history when the stage changes.
 */
public record PersonRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String role,
        String sector,
        Boolean coalition,
        String stage,
        @Size(max = 1000) String stageNote,
        @Size(max = 5000) String description,
        List<@Size(max = 100) String> tags) {}
