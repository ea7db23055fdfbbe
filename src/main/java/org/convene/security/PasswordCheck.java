package org.convene.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password, from the sign-in form or HTTP Basic: reads the user's stored
 * credentials (one indexed look-up), and when {@link VerifiedPasswords} holds a successful check
 * of this password at the current credential version, accepts it without bcrypt; otherwise
 * checks the password against its hash and, when it matches, remembers that. The signed-in user
 * has the role and status stored now. A failure throws, so Spring Security publishes the event
 * that {@link SignInEvents} counts for the throttle; an unknown name costs a hash like a known
 * one, so timing does not tell which names exist.
 */
@Component
class PasswordCheck implements AuthenticationProvider {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final VerifiedPasswords verified;
    private final String unknownUsersHash;

    PasswordCheck(UserAccounts accounts, PasswordEncoder passwords, VerifiedPasswords verified) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.verified = verified;
        this.unknownUsersHash = passwords.encode("a password no user has, to time a check for an unknown name");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        Optional<UserAccounts.Credentials> stored = accounts.credentials(username);
        if (stored.isEmpty()) {
            matches(password, unknownUsersHash);
            throw new BadCredentialsException("Wrong user name or password");
        }
        UserAccounts.Credentials credentials = stored.get();
        if (!verified.verified(username, password, credentials)) {
            if (!matches(password, credentials.hash())) {
                throw new BadCredentialsException("Wrong user name or password");
            }
            if (credentials.enabled()) {
                verified.remember(username, password, credentials);
            }
        }
        if (!credentials.enabled()) {
            verified.forget(username, password);
            throw new DisabledException("The user is disabled");
        }
        UserDetails user = credentials.user();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    private boolean matches(String raw, String hash) {
        try {
            return hash != null && passwords.matches(raw, hash);
        } catch (IllegalArgumentException tooLong) {
            return false; // bcrypt refuses more than 72 bytes, which no stored password has
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
