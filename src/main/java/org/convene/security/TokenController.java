package org.convene.security;

import java.util.List;

import org.convene.system.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's own personal API tokens ({@link ApiTokens}): create one (the answer is the only time
 * its secret is shown), list them without secrets, revoke one. Any signed-in user manages their
 * own; a call signed in with a token may list and revoke but not create, so a leaked token cannot
 * mint others that outlive its revocation.
 */
@RestController
@RequestMapping("/api/tokens")
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** A new token's name: what it is for (required, at most 100 characters). */
    record NewTokenRequest(String name) {}

    /** 201 with the token; 403 when the call itself came with a token. */
    @PostMapping
    ResponseEntity<Object> create(@RequestBody NewTokenRequest request, Authentication authentication) {
        if (authentication instanceof BearerTokenFilter.TokenAuthentication) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(ApiError.of("A token cannot create tokens; sign in with your password to create one."));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.create(authentication.getName(), request.name()));
    }

    @GetMapping
    List<ApiTokens.TokenView> list(Authentication authentication) {
        return tokens.list(authentication.getName());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id, Authentication authentication) {
        tokens.revoke(authentication.getName(), id);
    }
}
