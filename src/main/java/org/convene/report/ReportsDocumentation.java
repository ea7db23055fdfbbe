package org.convene.report;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.convene.system.ApiDocumentation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about running a report: its parameters are the report's own
 * (named by its header, so the document cannot list them), and the answers the runner adds to the
 * usual ones: CSV, 403 for a report above the caller's role, 422 for a refused or broken report,
 * 503 past the time limit.
 */
@Configuration(proxyBeanMethods = false)
class ReportsDocumentation {

    @Bean
    OpenApiCustomizer reportAnswers() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            PathItem list = api.getPaths().get("/api/reports");
            if (list != null && list.getGet() != null) {
                list.getGet().setSummary("Every report with its header; a report with a header error has its error.");
            }
            PathItem run = api.getPaths().get("/api/reports/{name}");
            if (run == null || run.getGet() == null) {
                return;
            }
            Operation operation = run.getGet();
            if (operation.getParameters() != null) {
                operation.getParameters().removeIf(p -> "query".equals(p.getIn()));
            }
            operation.setSummary("Runs a report with ?PARAM=VALUE for each parameter its header names.");
            String note = "The query parameters are the report's own, as GET /api/reports lists them. The run is "
                    + "read-only, at most convene.reports.max-rows rows (then truncated: true) and "
                    + "convene.reports.timeout long. With Accept: text/csv the answer is CSV.";
            operation.setDescription(
                    operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
            ApiResponse ok = operation.getResponses() == null
                    ? null
                    : operation.getResponses().get("200");
            if (ok != null) {
                if (ok.getContent() == null) {
                    ok.setContent(new Content());
                }
                ok.getContent().addMediaType("text/csv", new MediaType().schema(new StringSchema()));
            }
            Map<String, ApiResponse> errors = new LinkedHashMap<>();
            errors.put(
                    "400",
                    ApiDocumentation.errorAnswer("A value not of its type, an unknown sector or person, a parameter "
                            + "the report does not take or one given twice, or a required one left out; `errors` "
                            + "names it."));
            errors.put("403", ApiDocumentation.errorAnswer("The report's role is above the caller's."));
            errors.put(
                    "422",
                    ApiDocumentation.errorAnswer("The runner refused the report's query (naming the clause), or the "
                            + "report has a header error or is not valid Cypher. Nothing was run."));
            errors.put(
                    "503",
                    ApiDocumentation.errorAnswer(
                            "The report ran past convene.reports.timeout and was stopped (naming the limit)."));
            ApiDocumentation.addErrorAnswers(operation, errors);
        };
    }
}
