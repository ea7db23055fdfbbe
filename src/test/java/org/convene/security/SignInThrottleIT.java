package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.FormSession;
import org.convene.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Repeated failed sign-ins through HTTP Basic and the form are refused for a while, per name and
 * per address. The test profile refuses for 3 seconds and allows 12 failures per address; each
 * test stands for its own client addresses (X-Forwarded-For, which the test profile trusts from
 * loopback), so the tests' own loopback address is never refused.
 */
@ConveneIntegrationTest
@TestData.Removes(usersNamed = "zz-")
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIT {

    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SignInThrottle throttle;

    @BeforeEach
    void aUser() {
        accounts.create("zz-tess", PASSWORD, Role.VIEWER);
    }

    @AfterEach
    void forgetFailedSignIns() {
        throttle.clear(null, null);
    }

    private Api as(String user, String password, String address) {
        return Api.on(port).as(user, password).from(address);
    }

    @Test
    void afterFiveWrongPasswordsTheNameIsRefusedWith429AndRetryAfterEvenWithTheRightOne() {
        for (int i = 0; i < 5; i++) {
            assertThat(as("zz-tess", "wrong guess " + i, "198.51.100.1")
                            .get("/api/sectors")
                            .status())
                    .isEqualTo(401);
        }

        var refused = as("zz-tess", PASSWORD, "198.51.100.1").get("/api/sectors");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3L);
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        assertThat(refused.json().get("error").asString()).contains("Too many failed sign-ins for this user name");
        assertThat(as("zz-tess", PASSWORD, "198.51.100.99").get("/api/sectors").status())
                .as("the name is refused from any address")
                .isEqualTo(429);
        assertThat(Api.on(port)
                        .asViewer()
                        .from("198.51.100.1")
                        .get("/api/sectors")
                        .status())
                .as("another name from the same address")
                .isEqualTo(200);
    }

    @Test
    void fourWrongPasswordsAreNotYetRefused() {
        for (int i = 0; i < 4; i++) {
            as("zz-tess", "wrong guess " + i, "198.51.100.2").get("/api/sectors");
        }
        assertThat(as("zz-tess", PASSWORD, "198.51.100.2").get("/api/sectors").status())
                .isEqualTo(200);
    }

    @Test
    void theRefusalEndsSoTheRealUserIsNeverLockedOutForGood() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            as("zz-tess", "wrong guess " + i, "198.51.100.3").get("/api/sectors");
        }
        var refused = as("zz-tess", PASSWORD, "198.51.100.3").get("/api/sectors");
        assertThat(refused.status()).isEqualTo(429);

        Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 200);

        assertThat(as("zz-tess", PASSWORD, "198.51.100.3").get("/api/sectors").status())
                .isEqualTo(200);
    }

    @Test
    void aSprayAcrossNamesFromOneAddressRefusesThatAddress() {
        for (int i = 0; i < 12; i++) {
            as("zz-nobody-" + i, "guess", "198.51.100.4").get("/api/sectors");
        }

        var refused = as("zz-tess", PASSWORD, "198.51.100.4").get("/api/sectors");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("error").asString()).contains("from this address");
        assertThat(as("zz-tess", PASSWORD, "198.51.100.5").get("/api/sectors").status())
                .as("the same user from another address")
                .isEqualTo(200);
    }

    @Test
    void theFormIsRefusedTooAndSaysSo() {
        FormSession form = FormSession.on(port).with("X-Forwarded-For", "198.51.100.6");
        for (int i = 0; i < 5; i++) {
            var failed = form.signIn("zz-tess", "wrong guess " + i);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }

        var refused = form.signIn("zz-tess", PASSWORD);

        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login?refused=");
        var page = form.get(location.substring(location.indexOf("/login")));
        assertThat(page.body()).contains("id=\"signin-refused\"").contains("Too many failed sign-ins");
        assertThat(as("zz-tess", PASSWORD, "198.51.100.7").get("/api/sectors").status())
                .as("the form and HTTP Basic share the count")
                .isEqualTo(429);
    }

    @Test
    void anAdminSeesTheRefusalsAndLiftsOne() {
        for (int i = 0; i < 5; i++) {
            as("zz-tess", "wrong guess " + i, "198.51.100.8").get("/api/sectors");
        }
        var admin = Api.on(port).asAdmin();

        var refusals = admin.get("/api/sign-in/refusals");
        assertThat(refusals.status()).isEqualTo(200);
        assertThat(refusals.json().get(0).get("kind").asString()).isEqualTo("user");
        assertThat(refusals.json().get(0).get("key").asString()).isEqualTo("zz-tess");
        assertThat(refusals.json().get(0).get("failures").asInt()).isEqualTo(5);

        assertThat(admin.delete("/api/sign-in/refusals?username=zz-tess").status())
                .isEqualTo(204);

        assertThat(as("zz-tess", PASSWORD, "198.51.100.8").get("/api/sectors").status())
                .isEqualTo(200);
        assertThat(admin.get("/api/sign-in/refusals").json()).isEmpty();
    }

    @Test
    void anAdminLiftsAnAddressOnTheUsersPage() {
        for (int i = 0; i < 12; i++) {
            as("zz-nobody-" + i, "guess", "198.51.100.9").get("/api/sectors");
        }
        FormSession admin = FormSession.on(port).signedIn("admin", "admin-secret-for-tests");
        assertThat(admin.get("/admin/users").body()).contains("198.51.100.9");

        var lifted = admin.post("/admin/sign-in-refusals/clear", Map.of("address", "198.51.100.9"));

        assertThat(lifted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users");
        assertThat(admin.get("/admin/users").body()).contains("Nobody is refused now");
        assertThat(as("zz-tess", PASSWORD, "198.51.100.9").get("/api/sectors").status())
                .isEqualTo(200);
    }

    @Test
    void signInsAndFailuresAreLoggedWithoutThePassword(CapturedOutput output) {
        as("zz-tess", "my-secret-wrong-guess", "198.51.100.10").get("/api/sectors");
        FormSession.on(port).with("X-Forwarded-For", "198.51.100.10").signedIn("zz-tess", PASSWORD);

        assertThat(output.getAll())
                .contains("Sign-in failed for 'zz-tess' from 198.51.100.10")
                .contains("Signed in: 'zz-tess' from 198.51.100.10 (form)")
                .doesNotContain("my-secret-wrong-guess")
                .doesNotContain(PASSWORD);
    }
}
