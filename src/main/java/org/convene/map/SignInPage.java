package org.convene.map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security checks what it posts to {@code /login}. */
@Controller
class SignInPage {

    /** {@code ?error} after a failed attempt, {@code ?logout} after signing out (Spring Security's redirects). */
    @GetMapping("/login")
    String signIn(
            @RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }
}
