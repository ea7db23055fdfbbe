package org.convene.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.convene.system.FieldError;
import org.convene.system.InvalidRequestException;

/**
 * What a username and a password must be. A username: 3 to 40 lower-case letters, digits, dots,
 * hyphens and underscores, starting with a letter or a digit. A password: at least 12 characters,
 * at most 72 bytes (what bcrypt reads), not one of the common passwords shipped in {@code
 * common-passwords.txt} (in any case), and not the username.
 */
final class UserRules {

    static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt reads no more than 72 bytes, and Spring Security refuses longer passwords. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final Set<String> COMMON = commonPasswords();

    private UserRules() {}

    /** The problems with a username, as field errors; empty when it is fine. */
    static List<FieldError> username(String field, String username) {
        if (username == null || username.isEmpty()) {
            return List.of(new FieldError(field, "is required"));
        }
        if (!USERNAME.matcher(username).matches()) {
            return List.of(new FieldError(
                    field,
                    "must be 3 to 40 characters: lower-case letters, digits, '.', '-' or '_', starting with a"
                            + " letter or a digit"));
        }
        return List.of();
    }

    /** The problems with a password for this user, as field errors; empty when it is fine. */
    static List<FieldError> password(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            return List.of(new FieldError(field, "is required"));
        }
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return List.of(new FieldError(field, "must be at least " + MIN_PASSWORD_LENGTH + " characters long"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return List.of(new FieldError(
                    field,
                    "must be at most " + MAX_PASSWORD_BYTES + " bytes long (" + MAX_PASSWORD_BYTES
                            + " letters without accents, fewer with them)"));
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded)) {
            return List.of(new FieldError(field, "is one of the most common passwords; choose another"));
        }
        if (username != null && folded.equals(username.toLowerCase(Locale.ROOT))) {
            return List.of(new FieldError(field, "must not be the username"));
        }
        return List.of();
    }

    /** The role a request names, in any case; a problem as a field error. */
    static Role role(String field, String role, List<FieldError> errors) {
        if (role == null || role.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        for (Role known : Role.values()) {
            if (known.name().equalsIgnoreCase(role.strip())) {
                return known;
            }
        }
        errors.add(new FieldError(field, "must be one of " + List.of(Role.values())));
        return null;
    }

    /** Fails with a 400 naming every field in error, the first in the sentence. */
    static void check(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        FieldError first = errors.get(0);
        throw new InvalidRequestException("'" + first.field() + "' " + first.message() + ".", errors);
    }

    static List<FieldError> all(List<List<FieldError>> problems) {
        List<FieldError> errors = new ArrayList<>();
        problems.forEach(errors::addAll);
        return errors;
    }

    private static Set<String> commonPasswords() {
        try (InputStream in = Objects.requireNonNull(
                        UserRules.class.getResourceAsStream("common-passwords.txt"), "common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
