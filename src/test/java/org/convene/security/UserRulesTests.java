package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.convene.system.FieldError;
import org.junit.jupiter.api.Test;

class UserRulesTests {

    private static List<String> passwordProblems(String password) {
        return UserRules.password("password", password, "nadia").stream()
                .map(FieldError::message)
                .toList();
    }

    @Test
    void aPasswordOfTwelveCharactersIsEnoughAndElevenIsNot() {
        assertThat(passwordProblems("abcdefghijkx")).isEmpty();
        assertThat(passwordProblems("abcdefghijk")).containsExactly("must be at least 12 characters long");
        assertThat(passwordProblems("")).containsExactly("is required");
        assertThat(passwordProblems(null)).containsExactly("is required");
    }

    @Test
    void charactersAreCountedNotBytesOrCodeUnits() {
        assertThat(passwordProblems("ééééééééééé")).hasSize(1); // 11 characters, 22 bytes
        assertThat(passwordProblems("😀".repeat(11))).hasSize(1); // 11 characters, 22 UTF-16 units
        assertThat(passwordProblems("😀".repeat(12))).isEmpty();
    }

    @Test
    void morethanSeventyTwoBytesAreRefusedBecauseBcryptWouldIgnoreThem() {
        assertThat(passwordProblems("a".repeat(72))).isEmpty();
        assertThat(passwordProblems("a".repeat(73))).singleElement().asString().contains("72 bytes");
        assertThat(passwordProblems("é".repeat(37))).hasSize(1);
    }

    @Test
    void commonPasswordsAreRefusedInAnyCase() {
        assertThat(passwordProblems("password1234")).singleElement().asString().contains("common");
        assertThat(passwordProblems("PassWord1234")).singleElement().asString().contains("common");
        assertThat(passwordProblems("1q2w3e4r5t6y")).hasSize(1);
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        assertThat(UserRules.password("password", "NADIA-OKAFOR-1", "nadia-okafor-1"))
                .extracting(FieldError::message)
                .containsExactly("must not be the username");
    }

    @Test
    void usernamesAreThreeToFortyLowerCaseCharacters() {
        assertThat(UserRules.username("username", "eddie-editor")).isEmpty();
        assertThat(UserRules.username("username", "a.b_c")).isEmpty();
        assertThat(UserRules.username("username", "abc")).isEmpty();
        assertThat(UserRules.username("username", "a".repeat(40))).isEmpty();
        for (String bad : new String[] {"ab", "a".repeat(41), "Eddie", "eddie editor", "_eddie", "ed:die", "édith"}) {
            assertThat(UserRules.username("username", bad)).as(bad).hasSize(1);
        }
    }

    @Test
    void aRoleIsNamedInAnyCase() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(UserRules.role("role", " editor ", errors)).isEqualTo(Role.EDITOR);
        assertThat(UserRules.role("role", "owner", errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("role");
    }
}
