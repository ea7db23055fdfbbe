package org.convene.security;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which role an API call needs, decided by its path and method alone: the administrators' paths
 * ({@code /api/users/**}, {@code /api/audit/**}, {@code /api/sign-in/**}) need {@link Role#ADMIN}
 * with any method; a user's own account ({@code /api/account/**}, where anyone changes their own
 * password, and {@code /api/tokens/**}, their personal API tokens) needs {@link Role#VIEWER} with
 * any method; any other call needs {@link Role#VIEWER}
 * to read (GET, HEAD) and {@link Role#EDITOR} for anything else. This is the one home of that
 * rule: the API's filter chain enforces it and the API's OpenAPI document states it for each
 * operation, so the two cannot drift apart.
 */
final class ApiAccess {

    /** The paths the API's filter chain guards: the API and the OpenAPI document describing it. */
    static final String[] GUARDED_PATHS = {"/api/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"};

    private static final List<PathPattern> ADMINISTRATION = List.of(
            PathPatternParser.defaultInstance.parse("/api/users/**"),
            PathPatternParser.defaultInstance.parse("/api/audit/**"),
            PathPatternParser.defaultInstance.parse("/api/sign-in/**"));

    private static final List<PathPattern> OWN_ACCOUNT = List.of(
            PathPatternParser.defaultInstance.parse("/api/account/**"),
            PathPatternParser.defaultInstance.parse("/api/tokens/**"));

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    private ApiAccess() {}

    /**
     * The role a call with this method needs on this path, as the filter chain sees it: the path
     * within the application, matched segment by segment on decoded values as Spring Security's
     * own path matchers do (so {@code /api/%75sers} is {@code /api/users}).
     */
    static Role required(HttpMethod method, PathContainer path) {
        if (ADMINISTRATION.stream().anyMatch(pattern -> pattern.matches(path))) {
            return Role.ADMIN;
        }
        if (OWN_ACCOUNT.stream().anyMatch(pattern -> pattern.matches(path))) {
            return Role.VIEWER;
        }
        return READS.contains(method) ? Role.VIEWER : Role.EDITOR;
    }

    /**
     * The role an operation of the API document needs; its path is read as written, so a path
     * variable such as {@code {id}} is one segment of its own.
     */
    static Role required(HttpMethod method, String path) {
        return required(method, PathContainer.parsePath(path));
    }

    static Role required(HttpServletRequest request) {
        return required(HttpMethod.valueOf(request.getMethod()), pathWithinApplication(request));
    }

    /** The calls that need exactly this role, for the filter chain's {@code requestMatchers(...).hasRole(...)}. */
    static RequestMatcher needing(Role role) {
        return request -> required(request) == role;
    }

    private static PathContainer pathWithinApplication(HttpServletRequest request) {
        if (ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
        }
        RequestPath path = ServletRequestPathUtils.parseAndCache(request);
        ServletRequestPathUtils.clearParsedRequestPath(request);
        return path.pathWithinApplication();
    }
}
