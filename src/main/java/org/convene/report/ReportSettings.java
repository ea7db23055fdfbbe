package org.convene.report;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reports' settings.
 *
 * @param reportsDir a folder of the committee's own report files ({@code convene.reports-dir});
 *     a name there overrides the shipped report of that name; unset for the shipped ones only
 * @param reports the runner's limits
 * @param coalitionName the name the steering brief opens with ({@code convene.coalition-name})
 */
@ConfigurationProperties("convene")
record ReportSettings(
        Path reportsDir,
        @DefaultValue Limits reports,
        @DefaultValue("Community Schools Coalition") String coalitionName) {

    /**
     * @param timeout how long one report may run ({@code convene.reports.timeout})
     * @param maxRows the most rows one answer holds ({@code convene.reports.max-rows}); past it, truncated
     */
    record Limits(
            @DefaultValue("15s") Duration timeout,
            @DefaultValue("10000") int maxRows) {}
}
