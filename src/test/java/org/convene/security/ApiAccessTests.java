package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;

class ApiAccessTests {

    @Test
    void readingNeedsAViewer() {
        assertThat(ApiAccess.required(HttpMethod.GET, "/api/people")).isEqualTo(Role.VIEWER);
        assertThat(ApiAccess.required(HttpMethod.HEAD, "/api/reach")).isEqualTo(Role.VIEWER);
        assertThat(ApiAccess.required(HttpMethod.GET, "/v3/api-docs")).isEqualTo(Role.VIEWER);
    }

    @Test
    void everyOtherMethodNeedsAnEditor() {
        for (HttpMethod method : new HttpMethod[] {
            HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS
        }) {
            assertThat(ApiAccess.required(method, "/api/people/{id}"))
                    .as(method.name())
                    .isEqualTo(Role.EDITOR);
        }
    }

    @Test
    void usersAndTheAuditTrailNeedAnAdminWhateverTheMethod() {
        assertThat(ApiAccess.required(HttpMethod.GET, "/api/users")).isEqualTo(Role.ADMIN);
        assertThat(ApiAccess.required(HttpMethod.PUT, "/api/users/{username}")).isEqualTo(Role.ADMIN);
        assertThat(ApiAccess.required(HttpMethod.GET, "/api/audit")).isEqualTo(Role.ADMIN);
        assertThat(ApiAccess.required(HttpMethod.GET, "/api/usersettings")).isEqualTo(Role.VIEWER);
        assertThat(ApiAccess.required(HttpMethod.DELETE, "/api/sign-in/refusals"))
                .isEqualTo(Role.ADMIN);
    }

    @Test
    void anyUserChangesTheirOwnAccountWhateverTheMethod() {
        assertThat(ApiAccess.required(HttpMethod.PUT, "/api/account/password")).isEqualTo(Role.VIEWER);
        assertThat(ApiAccess.required(HttpMethod.GET, "/api/account")).isEqualTo(Role.VIEWER);
        assertThat(ApiAccess.required(HttpMethod.PUT, "/api/accounts")).isEqualTo(Role.EDITOR);
    }

    @Test
    void anyUserManagesTheirOwnTokensWhateverTheMethod() {
        assertThat(ApiAccess.required(HttpMethod.POST, "/api/tokens")).isEqualTo(Role.VIEWER);
        assertThat(ApiAccess.required(HttpMethod.DELETE, "/api/tokens/{id}")).isEqualTo(Role.VIEWER);
        assertThat(ApiAccess.required(HttpMethod.POST, "/api/tokensmith")).isEqualTo(Role.EDITOR);
    }

    @Test
    void aRequestIsJudgedOnItsDecodedPathWithinTheApplication() {
        var encoded = new MockHttpServletRequest("GET", "/convene/api/%75sers");
        encoded.setContextPath("/convene");

        assertThat(ApiAccess.required(encoded)).isEqualTo(Role.ADMIN);
        assertThat(ApiAccess.required(new MockHttpServletRequest("DELETE", "/api/ties/t1")))
                .isEqualTo(Role.EDITOR);
    }
}
