package org.convene.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API described where tools can read it: the OpenAPI document springdoc serves at {@code
 * /v3/api-docs} (browsable at {@code /swagger-ui.html}) with the application's title, version and
 * licence, {@link ApiError}'s shape as the {@value #ERROR_SCHEMA} schema, and the error answers
 * each kind of call can give. The sign-in schemes and the role each call needs are the security
 * feature's to add, as it is the one that enforces them.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    /** The name of the error body's schema among the document's components. */
    public static final String ERROR_SCHEMA = "ApiError";

    /**
     * Query parameters that name a person by id or label; an unknown one answers 404, and a
     * {@code target} may be {@code role:TEXT}, which answers 409 when several people's roles match.
     */
    private static final Map<String, String> PERSON_PARAMETERS = Map.of(
            "target", "The person to reach: their id, their label, or role:TEXT for the one person whose role matches.",
            "avoid", "People the chains must not pass through, by id or label; repeat it or separate with commas.",
            "focus", "A person's id or label: answer with their neighbourhood instead.",
            "person", "The person, by id or label.");

    /**
     * Adds these error answers to an operation where it has none for the status yet, and keeps
     * the operation's answers in the order of their status codes.
     */
    public static void addErrorAnswers(Operation operation, Map<String, ApiResponse> answers) {
        ApiResponses sorted = new ApiResponses();
        Map<String, ApiResponse> all =
                new TreeMap<>(operation.getResponses() == null ? Map.of() : operation.getResponses());
        answers.forEach(all::putIfAbsent);
        all.forEach(sorted::addApiResponse);
        operation.setResponses(sorted);
    }

    /** An error answer: {@link ApiError}'s JSON, described for this status. */
    public static ApiResponse errorAnswer(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))));
    }

    @Bean
    OpenAPI conveneApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null
                ? properties.getVersion()
                : Objects.requireNonNullElse(ApiDocumentation.class.getPackage().getImplementationVersion(), "dev");
        return new OpenAPI()
                .info(new Info()
                        .title("Convene API")
                        .version(version)
                        .description("""
                                Sees and grows a community-schools coalition's web of relationships: the network \
                                (people, organizations, sectors, ties, affiliations), the spreadsheet import, and \
                                the analysis (who can reach whom, sector coverage, bridge-builders, recruits, \
                                centrality, communities). Every call needs a signed-in user; every error answers \
                                the ApiError JSON. The repository's docs/api.md describes each call in words.""")
                        .license(new License()
                                .name("GPL-3.0-or-later")
                                .identifier("GPL-3.0-or-later")
                                .url("https://www.gnu.org/licenses/gpl-3.0.html")));
    }

    /** Adds the error answers that follow from an operation's shape, and names the tags by feature. */
    @Bean
    OpenApiCustomizer errorAnswers() {
        return api -> {
            // added here rather than in the bean: springdoc drops schemas nothing refers to yet
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents()
                    .addSchemas(ERROR_SCHEMA, errorSchema())
                    .addSchemas("FieldError", fieldErrorSchema())
                    .addSchemas("ImportRowError", importRowErrorSchema())
                    .addSchemas("Candidate", candidateSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> describeErrors(path, method, operation)));
            api.getPaths().values().stream()
                    .flatMap(item -> item.readOperations().stream())
                    .filter(operation -> operation.getTags() != null)
                    .forEach(operation -> operation.setTags(operation.getTags().stream()
                            .map(tag -> tag.replaceFirst("-controller$", ""))
                            .toList()));
        };
    }

    private static void describeErrors(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Map<String, ApiResponse> errors = new LinkedHashMap<>();
        boolean takesInput =
                operation.getRequestBody() != null || parameters.stream().anyMatch(p -> !"path".equals(p.getIn()));
        if (takesInput) {
            errors.put(
                    "400",
                    errorAnswer("The request is not valid (a parameter, a field of the body, a row of an import): "
                            + "`error` says why, and `errors` lists each field as {field, message} or each import "
                            + "row as {sheet, row, column, message}. Nothing was written."));
        }
        List<Parameter> personParameters = parameters.stream()
                .filter(p -> "query".equals(p.getIn()) && PERSON_PARAMETERS.containsKey(p.getName()))
                .toList();
        personParameters.forEach(p -> {
            if (p.getDescription() == null) {
                p.setDescription(PERSON_PARAMETERS.get(p.getName()));
            }
        });
        if (path.contains("{") || !personParameters.isEmpty()) {
            errors.put("404", errorAnswer("Nothing stored has the id (or label) the path or a parameter names."));
        }
        if (personParameters.stream().anyMatch(p -> p.getName().equals("target"))) {
            errors.put(
                    "409",
                    errorAnswer("`target=role:TEXT` matches several people: `candidates` lists them "
                            + "({id, name, organization}); ask again with one id."));
        } else if (creates(operation) || uploads(operation) || method == PathItem.HttpMethod.PUT) {
            errors.put(
                    "409",
                    errorAnswer("The write clashes with what is stored (a label or key already taken, a tie or "
                            + "affiliation that exists, a store that changed during an import); nothing was written."));
        }
        if (uploads(operation)) {
            errors.put("413", errorAnswer("The upload is larger than the 50 MB limit."));
        }
        addErrorAnswers(operation, errors);
    }

    private static boolean creates(Operation operation) {
        return operation.getResponses() != null && operation.getResponses().containsKey("201");
    }

    private static boolean uploads(Operation operation) {
        return operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("multipart/form-data");
    }

    private static Schema<?> errorSchema() {
        var errors = new ArraySchema()
                .items(new Schema<>()
                        .oneOf(List.of(
                                new Schema<>().$ref("#/components/schemas/FieldError"),
                                new Schema<>().$ref("#/components/schemas/ImportRowError"))));
        errors.setDescription("The individual problems, where there are several: request fields, or import rows.");
        var candidates = new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Candidate"));
        candidates.setDescription("Only in a 409 for target=role:TEXT: the people whose roles match.");
        Schema<?> schema = new ObjectSchema()
                .description("The body of every API error. Fields without a value are left out.")
                .addProperty("error", new StringSchema().description("One sentence saying what is wrong."))
                .addProperty("errors", errors)
                .addProperty("candidates", candidates);
        schema.setRequired(new ArrayList<>(List.of("error")));
        return schema;
    }

    private static Schema<?> fieldErrorSchema() {
        Schema<?> schema = new ObjectSchema()
                .description("One invalid field of a request body or query.")
                .addProperty("field", new StringSchema().description("The field or parameter, e.g. strength."))
                .addProperty("message", new StringSchema().description("What is wrong with it."));
        schema.setRequired(new ArrayList<>(List.of("field", "message")));
        return schema;
    }

    private static Schema<?> importRowErrorSchema() {
        Schema<?> schema = new ObjectSchema()
                .description("One reason an import is rejected.")
                .addProperty("sheet", new StringSchema()._enum(List.of("elements", "connections")))
                .addProperty(
                        "row",
                        new IntegerSchema()
                                .description("The line in the file (the header is 1); 0 for the file as a whole."))
                .addProperty(
                        "column",
                        new Schema<>()
                                .types(new LinkedHashSet<>(List.of("string", "null")))
                                .description(
                                        "The canonical column name (e.g. Strength); null for the file as a whole."))
                .addProperty("message", new StringSchema().description("One sentence quoting the bad value."));
        schema.setRequired(new ArrayList<>(List.of("sheet", "row", "column", "message")));
        return schema;
    }

    private static Schema<?> candidateSchema() {
        return new ObjectSchema()
                .description("A person whose role matches an ambiguous role:TEXT target.")
                .addProperty("id", new StringSchema())
                .addProperty("name", new StringSchema())
                .addProperty("organization", new StringSchema().description("Their first affiliation."));
    }
}
