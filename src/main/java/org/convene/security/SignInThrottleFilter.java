package org.convene.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt that {@link SignInThrottle} refuses, before its password is checked:
 * a {@code POST /login} from the form goes back to the form with the reason ({@code
 * /login?refused=SECONDS}); a request with HTTP Basic credentials answers 429 with {@code
 * Retry-After} and the JSON error; so does a request with a bearer token while its address is
 * refused (a token has no user name until it is looked up). Any other request passes untouched.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormSignIn(request);
        String username = form ? request.getParameter("username") : basicUsername(request);
        if (!form && username == null && BearerTokenFilter.bearer(request) == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignInThrottle.Refusal> refusal = throttle.refusal(username, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        SignInThrottle.Refusal refused = refusal.get();
        log.warn(
                "Sign-in refused for '{}' from {} ({}): {} more seconds",
                SignInEvents.loggable(username),
                request.getRemoteAddr(),
                form ? "form" : username == null ? "token" : "basic",
                refused.retryAfterSeconds());
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?refused=" + refused.retryAfterSeconds());
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        SecurityConfiguration.json(response, 429, refused.sentence());
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
                && "/login"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()));
    }

    /** The username of HTTP Basic credentials, or null without them (or when they cannot be read). */
    static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
