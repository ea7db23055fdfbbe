package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.support.Api;
import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out through the form; pages and the API fail each in their own way. */
@ConveneIntegrationTest
class SignInIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.consoleErrors(401)).isEmpty();
    }

    @Test
    void aWrongPasswordKeepsTheFormOpenAndSaysSo() {
        browser.driver().manage().deleteAllCookies();
        browser.open(port, "/login");
        browser.find(By.id("username")).sendKeys(TestUsers.EDITOR);
        browser.find(By.id("password")).sendKeys("not-the-password");
        browser.find(By.cssSelector("form button[type=submit]")).click();

        assertThat(browser.visible(By.id("signin-error")).getText()).contains("do not match");
        assertThat(browser.driver().getCurrentUrl()).contains("/login?error");
    }

    @Test
    void signingInLandsOnTheMapAndSigningOutReturnsToTheForm() {
        browser.driver().manage().deleteAllCookies();
        browser.open(port, "/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");

        browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
        assertThat(browser.find(By.cssSelector(".signout .who")).getText()).contains(TestUsers.EDITOR);
        browser.find(By.id("map"));

        browser.find(By.cssSelector(".signout button")).click();
        assertThat(browser.visible(By.id("signout-note")).getText()).contains("signed out");
        browser.open(port, "/coverage");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }

    @Test
    void anUnknownPageGetsAnHtmlErrorPageWhileTheApiAnswersJson() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
        browser.open(port, "/no-such-page");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Nothing here");
        browser.consoleErrors(404);

        var api = Api.on(port).asViewer().get("/api/no-such-thing");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().get("error").asString()).contains("/api/no-such-thing");
    }
}
