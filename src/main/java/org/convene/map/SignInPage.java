package org.convene.map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security checks what it posts to {@code /login}. */
@Controller
class SignInPage {

    /**
     * {@code ?error} after a failed attempt, {@code ?logout} after signing out (Spring Security's
     * redirects), {@code ?refused=SECONDS} when the sign-in throttle refused the attempt, {@code
     * ?expired} when an admin's change to the account ended the session.
     */
    @GetMapping("/login")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout,
            @RequestParam(required = false) String refused,
            @RequestParam(required = false) String expired,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("refused", refused == null ? null : refusal(refused));
        model.addAttribute("expired", expired != null);
        return "login";
    }

    private static String refusal(String seconds) {
        long wait;
        try {
            wait = Math.max(1, Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            wait = 60;
        }
        long minutes = (wait + 59) / 60;
        return "Too many failed sign-ins for this user name or from this address. Try again in "
                + (minutes <= 1 ? "a minute" : minutes + " minutes") + ", or ask an admin to lift the block.";
    }
}
