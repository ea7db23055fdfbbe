package org.convene.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.convene.system.ApiDocumentation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * What the OpenAPI document says about signing in: personal API tokens, HTTP Basic and the pages' session as security
 * schemes, and for each operation the role it needs, taken from {@link ApiAccess}, the same rule
 * the API's filter chain enforces, with the 401 and 403 answers that follow from it.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccessDocumentation {

    /** The document's extension naming the role an operation needs. */
    static final String ROLE_EXTENSION = "x-required-role";

    private static final String BASIC = "basic";
    private static final String TOKEN = "token";
    private static final String SESSION = "session";

    private static final Map<Role, String> WHO = Map.of(
            Role.VIEWER, "any signed-in user",
            Role.EDITOR, "editors and admins",
            Role.ADMIN, "admins only");

    @Bean
    OpenApiCustomizer accessRules() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents()
                    .addSecuritySchemes(
                            TOKEN,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .description("A personal API token (Authorization: Bearer cvn_...), created on the "
                                            + "account page or with POST /api/tokens; it acts with its user's current "
                                            + "role. No CSRF token needed. The way in for scripts."))
                    .addSecuritySchemes(
                            BASIC,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("basic")
                                    .description("A user's name and password on every call; no CSRF token needed."))
                    .addSecuritySchemes(
                            SESSION,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.APIKEY)
                                    .in(SecurityScheme.In.COOKIE)
                                    .name("JSESSIONID")
                                    .description("The session the sign-in form at /login starts. A write through the "
                                            + "session also needs the page's CSRF token in the X-CSRF-TOKEN header "
                                            + "(the pages carry it in <meta name=\"_csrf\">)."));
            api.setSecurity(List.of(
                    new SecurityRequirement().addList(TOKEN),
                    new SecurityRequirement().addList(BASIC),
                    new SecurityRequirement().addList(SESSION)));
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> describeAccess(path, method, operation)));
        };
    }

    private static void describeAccess(String path, PathItem.HttpMethod method, Operation operation) {
        Role role = ApiAccess.required(HttpMethod.valueOf(method.name()), path);
        operation.addExtension(ROLE_EXTENSION, role.name());
        String note = "Needs role " + role.name() + " (" + WHO.get(role) + ").";
        operation.setDescription(
                operation.getDescription() == null ? note : note + "\n\n" + operation.getDescription());
        Map<String, ApiResponse> refusals = new LinkedHashMap<>();
        refusals.put(
                "401",
                ApiDocumentation.errorAnswer(
                        "No user signed in, a wrong user name or password, or an unknown or revoked token."));
        if (role != Role.VIEWER) {
            refusals.put(
                    "403",
                    ApiDocumentation.errorAnswer("The user's role is below " + role.name()
                            + ", or a call through the session came without its CSRF token."));
        }
        ApiDocumentation.addErrorAnswers(operation, refusals);
    }
}
