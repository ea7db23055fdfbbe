package org.convene.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** For admins: the user names and addresses the sign-in throttle refuses now, and lifting a refusal. */
@RestController
@RequestMapping("/api/sign-in/refusals")
class SignInRefusalsController {

    private final SignInThrottle throttle;

    SignInRefusalsController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** Each refused name ({@code kind} "user") or address ("address"), with its failures and the end of its refusal. */
    @GetMapping
    List<SignInThrottle.Refused> refused() {
        return throttle.refused();
    }

    /**
     * Forgets the failures of a user name, of an address, or, with neither, of everyone; whoever
     * was refused may sign in again at once.
     */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@RequestParam(required = false) String username, @RequestParam(required = false) String address) {
        throttle.clear(username, address);
    }
}
