package org.convene.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A stage change with the reason for it; {@code at}, an ISO date not after today, back-dates it to
 * the start of that day (in {@code convene.time-zone}), else it is dated now.
 */
public record StageRequest(
        @NotBlank String stage, @Size(max = 1000) String note, String at) {

    public StageRequest(String stage, String note) {
        this(stage, note, null);
    }
}
