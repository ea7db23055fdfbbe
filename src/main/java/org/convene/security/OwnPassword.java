package org.convene.security;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A user's change of their own password, from the API or the account page. The current password
 * is checked like a sign-in: while the throttle refuses the name or the address nothing is
 * checked, and a wrong one counts as a failed sign-in, so a left-open session cannot be used to
 * guess it.
 */
@Component
class OwnPassword {

    private final UserAccounts accounts;
    private final SignInThrottle throttle;

    OwnPassword(UserAccounts accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    /**
     * Changes the password, keeping the session with this id signed in and ending the user's
     * others.
     *
     * @return the throttle's refusal, if it refused; empty when the password was changed
     * @throws org.convene.system.InvalidRequestException naming the field that is wrong
     */
    Optional<SignInThrottle.Refusal> change(
            String username, String currentPassword, String newPassword, String address, String sessionId) {
        Optional<SignInThrottle.Refusal> refusal = throttle.refusal(username, address);
        if (refusal.isPresent()) {
            return refusal;
        }
        try {
            accounts.changeOwnPassword(username, currentPassword, newPassword, sessionId);
        } catch (UserAccounts.WrongPasswordException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
        return Optional.empty();
    }
}
