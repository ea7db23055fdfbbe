package org.convene.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in with a personal token ({@code Authorization: Bearer TOKEN}, {@link
 * ApiTokens}): as the token's user with their current role, for this request only (no session).
 * An unknown or revoked token, or one whose user is disabled, answers 401 with the JSON error and
 * counts as a failed sign-in from the client's address for the {@link SignInThrottle}, so a
 * flood of guessed tokens is refused like a spray of passwords. A request without a bearer
 * header passes untouched.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final SignInThrottle throttle;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    BearerTokenFilter(ApiTokens tokens, SignInThrottle throttle) {
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = bearer(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Holder> holder = ApiTokens.wellFormed(token) ? tokens.holder(token) : Optional.empty();
        if (holder.isEmpty() || !holder.get().enabled()) {
            throttle.failed(null, request.getRemoteAddr());
            log.warn(
                    "Token sign-in failed from {}: {}",
                    request.getRemoteAddr(),
                    holder.isEmpty() ? "unknown or revoked token" : "user disabled");
            SecurityConfiguration.json(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    holder.isEmpty()
                            ? "This token is unknown or revoked; create a new one on your account page."
                            : "This token's user is disabled.");
            return;
        }
        ApiTokens.Holder signedIn = holder.get();
        tokens.used(signedIn);
        var user = User.withUsername(signedIn.username())
                .password("")
                .authorities(signedIn.role().authority())
                .build();
        var authentication = new TokenAuthentication(user, signedIn.tokenId());
        authentication.setDetails(details.buildDetails(request));
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** The token of a bearer header, or null without one. */
    static String bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }

    /** A call signed in with a token: the user with their current role, and which token it was. */
    static final class TokenAuthentication extends UsernamePasswordAuthenticationToken {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private final String tokenId;

        TokenAuthentication(UserDetails user, String tokenId) {
            super(user, null, List.copyOf(user.getAuthorities()));
            this.tokenId = tokenId;
        }

        String tokenId() {
            return tokenId;
        }
    }
}
