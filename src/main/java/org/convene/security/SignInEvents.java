package org.convene.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs each sign-in, never with its password, and counts each failure with {@link
 * SignInThrottle}: the form and HTTP Basic alike, as Spring Security reports both. A sign-in
 * through the form is logged at INFO; one through HTTP Basic, which a script repeats on every
 * call, at DEBUG, so the log is not one line per API call. Failures are logged at WARN.
 */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final SignInThrottle throttle;

    SignInEvents(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String address = address(attempt);
        throttle.failed(attempt.getName(), address);
        log.warn(
                "Sign-in failed for '{}' from {}: {}",
                loggable(attempt.getName()),
                address,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void signedInThroughTheForm(InteractiveAuthenticationSuccessEvent event) {
        log.info(
                "Signed in: '{}' from {} (form)",
                event.getAuthentication().getName(),
                address(event.getAuthentication()));
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (log.isDebugEnabled()) {
            log.debug(
                    "Signed in: '{}' from {}", event.getAuthentication().getName(), address(event.getAuthentication()));
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    /** A username as typed, safe for one log line: no control characters, at most 100 characters. */
    static String loggable(String username) {
        if (username == null) {
            return "";
        }
        String cleaned = username.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .limit(100)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return cleaned;
    }
}
