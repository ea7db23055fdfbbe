package org.convene.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A stage change with the reason for it. */
public record StageRequest(
        @NotBlank String stage, @Size(max = 1000) String note) {}
