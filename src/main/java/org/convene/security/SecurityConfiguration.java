package org.convene.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and API call needs a signed-in user. The API answers 401/403 in JSON and also takes
 * HTTP Basic (which needs no CSRF token, as a browser never sends it unasked); pages redirect to
 * the sign-in form at {@code /login}. The API also accepts the pages' session, so the map's scripts
 * call it with the session cookie and the CSRF token the page carries. The role each API call
 * needs is {@link ApiAccess}'s rule; the OpenAPI document at {@code /v3/api-docs} is guarded like
 * the API (any signed-in user), and its Swagger UI like the pages; the admin pages ({@code
 * /admin/**}) need an admin. The API also takes personal tokens ({@code Authorization: Bearer},
 * {@link BearerTokenFilter}); a user name and password, from the form or HTTP Basic, is checked by
 * {@link PasswordCheck}, which remembers a success for a few minutes ({@link VerifiedPasswords}).
 *
 * <p>Both chains refuse sign-in attempts that {@link SignInThrottle} refuses (before the password
 * is checked), register the form's sessions so that a change to a user ends them ({@link
 * UserSessions}), and send the same security headers on every answer ({@link #CONTENT_SECURITY_POLICY}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInProperties.class, CredentialCacheProperties.class})
class SecurityConfiguration {

    /** Scripts, styles, fonts and data only from the application itself; no plugins, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Powerful browser features the application never uses, off for its pages and anything they embed. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), screen-wake-lock=()";

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it holds only live ones. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.EDITOR.name())
                .role(Role.EDITOR.name())
                .implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SignInThrottle throttle, SessionRegistry sessions, ApiTokens tokens)
            throws Exception {
        http.securityMatcher(ApiAccess.GUARDED_PATHS)
                .authorizeHttpRequests(requests -> {
                    // the role each call needs is ApiAccess's rule, which the API document states too
                    for (Role role : Role.values()) {
                        requests.requestMatchers(ApiAccess.needing(role)).hasRole(role.name());
                    }
                    requests.anyRequest().denyAll();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler(SecurityConfiguration::denied))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::sendsCredentials))
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterAfter(new BearerTokenFilter(tokens, throttle), SignInThrottleFilter.class)
                .headers(SecurityConfiguration::headers)
                .sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredSessionStrategy(event -> json(
                                event.getResponse(),
                                HttpServletResponse.SC_UNAUTHORIZED,
                                "Your session has ended because your account changed; sign in again."))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .headers(SecurityConfiguration::headers)
                .sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?expired")));
        return http.build();
    }

    /**
     * The Swagger UI's pages only: the same policy but for styles, as swagger-ui-bundle.js adds
     * inline styles the strict policy blocks. Its scripts still come only from the application.
     */
    static final String SWAGGER_UI_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    private static final RequestMatcher SWAGGER_UI = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/");
    };

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(SWAGGER_UI),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        SWAGGER_UI, new StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /** HTTP Basic or a bearer token: headers a browser never sends unasked, so no CSRF token is needed. */
    private static boolean sendsCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                        || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    private static void unauthorized(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e)
            throws IOException {
        // Scripts in our own pages ask without the header, so the browser shows no Basic dialog.
        if (request.getHeader("HX-Request") == null && request.getHeader("X-Requested-With") == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Convene\"");
        }
        json(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in first: this call needs a user and password.");
    }

    /**
     * A refusal after the user is known: their role (403), or a session call without its CSRF
     * token (403, saying so). Without a user at all (a write whose CSRF check came first), 401.
     */
    private static void denied(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException denied)
            throws IOException {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            unauthorized(request, response, null);
        } else if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
            json(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "This change needs the page's CSRF token (or HTTP Basic credentials); reload the page and try again.");
        } else {
            json(response, HttpServletResponse.SC_FORBIDDEN, "Your role does not allow this.");
        }
    }

    /** Answers with the contract's error body, before any controller (the filters' refusals). */
    static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(org.convene.system.ApiError.json(message));
    }
}
