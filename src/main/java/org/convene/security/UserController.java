package org.convene.security;

import java.util.ArrayList;
import java.util.List;

import org.convene.system.FieldError;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration for admins: create users, list them, change a role, disable, reset a password. */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** A new user: all three fields are required; {@code role} is VIEWER, EDITOR or ADMIN. */
    record NewUser(String username, String password, String role) {}

    /** A change to a user; a field left out stays as it is. {@code password} resets it. */
    record UserChange(String role, Boolean enabled, String password) {}

    @GetMapping
    List<UserView> list() {
        return accounts.all();
    }

    @GetMapping("/{username}")
    UserView get(@PathVariable String username) {
        return accounts.get(username);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody NewUser user) {
        List<FieldError> errors = new ArrayList<>();
        Role role = UserRules.role("role", user.role(), errors);
        errors.addAll(UserRules.username("username", user.username()));
        errors.addAll(UserRules.password("password", user.password(), user.username()));
        UserRules.check(errors);
        try {
            return accounts.create(user.username(), user.password(), role);
        } catch (DataIntegrityViolationException sameNameAtOnce) {
            // another request created the same username between the check and the write
            throw UserAccounts.taken(user.username());
        }
    }

    @PutMapping("/{username}")
    UserView change(@PathVariable String username, @RequestBody UserChange change) {
        return accounts.change(username, change.role(), change.enabled(), change.password());
    }
}
