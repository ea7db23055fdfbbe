package org.convene.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.convene.system.ConflictException;
import org.convene.system.FieldError;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page, where anyone changes their own password and manages their personal API
 * tokens, and the admins' page of users and
 * sign-in refusals ({@code /admin/**} needs an admin). Each form posts, and a change comes back to
 * the page with what happened ({@code done}) or what was wrong ({@code problem}).
 */
@Controller
class UserPages {

    private final UserAccounts accounts;
    private final OwnPassword ownPassword;
    private final SignInThrottle throttle;
    private final ApiTokens tokens;

    UserPages(UserAccounts accounts, OwnPassword ownPassword, SignInThrottle throttle, ApiTokens tokens) {
        this.accounts = accounts;
        this.ownPassword = ownPassword;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        model.addAttribute("page", "account");
        model.addAttribute("account", accounts.get(authentication.getName()));
        model.addAttribute("tokens", tokens.list(authentication.getName()));
        model.addAttribute("maxTokens", ApiTokens.MAX_PER_USER);
        return "account";
    }

    /** A new token, shown on the page it comes back to, once (a flash attribute lives for one request). */
    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", tokens.create(authentication.getName(), name));
            return "redirect:/account";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemField", firstField(e));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", e.getMessage());
        }
        return account(authentication, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        try {
            tokens.revoke(authentication.getName(), id);
            redirect.addFlashAttribute("done", "The token is revoked; it no longer works.");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String repeatPassword,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        String problem = null;
        String field = null;
        if (!newPassword.equals(repeatPassword)) {
            problem = "The new password and its repetition differ.";
            field = "repeatPassword";
        } else {
            HttpSession session = request.getSession(false);
            try {
                Optional<SignInThrottle.Refusal> refusal = ownPassword.change(
                        authentication.getName(),
                        currentPassword,
                        newPassword,
                        request.getRemoteAddr(),
                        session == null ? null : session.getId());
                if (refusal.isEmpty()) {
                    redirect.addFlashAttribute("done", "Your password is changed. Your other sessions have ended.");
                    return "redirect:/account";
                }
                response.setStatus(429);
                problem = refusal.get().sentence();
            } catch (InvalidRequestException e) {
                problem = e.getMessage();
                field = firstField(e);
            }
        }
        if (response.getStatus() != 429) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("problem", problem);
        model.addAttribute("problemField", field);
        return account(authentication, model);
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("page", "users");
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("refused", throttle.refused());
        return "users";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes redirect) {
        return change(redirect, "Created " + username + ".", () -> {
            List<FieldError> errors = new ArrayList<>();
            Role chosen = UserRules.role("role", role, errors);
            UserRules.check(errors);
            try {
                accounts.create(username, password, chosen);
            } catch (DataIntegrityViolationException sameNameAtOnce) {
                throw UserAccounts.taken(username);
            }
        });
    }

    @PostMapping("/admin/users/{username}")
    String change(
            @PathVariable String username,
            @RequestParam String role,
            @RequestParam String status,
            RedirectAttributes redirect) {
        return change(
                redirect,
                "Saved " + username + ".",
                () -> accounts.change(username, role, "enabled".equals(status), null));
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        return change(
                redirect,
                "The password of " + username + " is reset; their sessions have ended.",
                () -> accounts.change(username, null, null, password));
    }

    @PostMapping("/admin/sign-in-refusals/clear")
    String clearRefusal(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String address,
            RedirectAttributes redirect) {
        throttle.clear(blankToNull(username), blankToNull(address));
        String who = username != null && !username.isBlank()
                ? "'" + username + "'"
                : address != null && !address.isBlank() ? address : "everyone";
        redirect.addFlashAttribute("done", "Sign-in is open again for " + who + ".");
        return "redirect:/admin/users";
    }

    private static String change(RedirectAttributes redirect, String done, Runnable write) {
        try {
            write.run();
            redirect.addFlashAttribute("done", done);
        } catch (InvalidRequestException | ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    private static String firstField(InvalidRequestException e) {
        return e.errors().stream()
                .filter(FieldError.class::isInstance)
                .map(error -> ((FieldError) error).field())
                .findFirst()
                .orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
