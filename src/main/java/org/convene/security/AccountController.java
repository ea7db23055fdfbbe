package org.convene.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every user's own account: who they are, and a change of their own password. */
@RestController
@RequestMapping("/api/account")
class AccountController {

    private final UserAccounts accounts;
    private final OwnPassword password;

    AccountController(UserAccounts accounts, OwnPassword password) {
        this.accounts = accounts;
        this.password = password;
    }

    /** The current password and the new one. */
    record PasswordChange(String currentPassword, String newPassword) {}

    @GetMapping
    UserView whoAmI(Authentication authentication) {
        return accounts.get(authentication.getName());
    }

    /** 204 when changed; 400 naming the field, or 429 while the throttle refuses the name. */
    @PutMapping("/password")
    ResponseEntity<Object> changePassword(
            @RequestBody PasswordChange change, Authentication authentication, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        var refusal = password.change(
                authentication.getName(),
                change.currentPassword(),
                change.newPassword(),
                request.getRemoteAddr(),
                session == null ? null : session.getId());
        if (refusal.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.get().retryAfterSeconds()))
                    .body(org.convene.system.ApiError.of(refusal.get().sentence()));
        }
        return ResponseEntity.noContent().build();
    }
}
