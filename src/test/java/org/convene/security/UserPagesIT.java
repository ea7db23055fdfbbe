package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The users page and the account page in a browser, under the Content-Security-Policy (the
 * browser support fails a test on any violation): an admin adds a user and changes their role;
 * the user signs in and changes their own password; an editor has no users page.
 */
@ConveneIntegrationTest
@TestData.Removes(usersNamed = "zz-")
class UserPagesIT {

    private static final String FIRST = "a first passphrase";
    private static final String SECOND = "a second passphrase";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Test
    void anAdminAddsAUserWhoThenChangesTheirOwnPassword() {
        browser.signIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        browser.find(By.cssSelector("header nav a[href='/admin/users']")).click();
        browser.find(By.id("new-username")).sendKeys("zz-page-user");
        browser.find(By.id("new-password")).sendKeys(FIRST);
        new Select(browser.find(By.id("new-role"))).selectByValue("VIEWER");
        browser.find(By.cssSelector("#new-user button[type=submit]")).click();

        assertThat(browser.visible(By.id("users-done")).getText()).contains("zz-page-user");
        assertThat(browser.find(By.cssSelector("tr[data-username='zz-page-user']"))
                        .getText())
                .contains("zz-page-user");

        new Select(browser.find(By.id("role-zz-page-user"))).selectByValue("EDITOR");
        browser.find(By.cssSelector("tr[data-username='zz-page-user'] td form button"))
                .click();
        assertThat(browser.visible(By.id("users-done")).getText()).contains("Saved zz-page-user");
        assertThat(new Select(browser.find(By.id("role-zz-page-user")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("EDITOR");

        browser.signIn(port, "zz-page-user", FIRST);
        browser.find(By.cssSelector(".signout a.account")).click();
        assertThat(browser.find(By.id("account-role")).getText()).isEqualTo("EDITOR");
        browser.find(By.id("current-password")).sendKeys(FIRST);
        browser.find(By.id("new-password")).sendKeys(SECOND);
        browser.find(By.id("repeat-password")).sendKeys(SECOND);
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.visible(By.id("account-done")).getText()).contains("Your password is changed");

        browser.signIn(port, "zz-page-user", SECOND);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void aTooShortNewPasswordIsRefusedOnTheAccountPageNamingWhy() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
        browser.open(port, "/account");
        browser.find(By.id("current-password")).sendKeys(TestUsers.PASSWORD);
        browser.find(By.id("new-password")).sendKeys("short");
        browser.find(By.id("repeat-password")).sendKeys("short");
        // the browser's own minlength check would stop the form; the server's rule is what is tested
        browser.script("document.querySelector('main form').noValidate = true");
        browser.find(By.cssSelector("main form button[type=submit]")).click();

        assertThat(browser.visible(By.id("account-problem")).getText()).contains("at least 12 characters");
        assertThat(browser.consoleErrors(400)).isEmpty();
    }

    @Test
    void anAdminReachesTheAuditTrailFromTheNavigation() {
        browser.signIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        browser.find(By.cssSelector("header nav a[href='/admin/audit']")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).contains("Audit");
        assertThat(browser.find(By.cssSelector("header nav a[aria-current='page']"))
                        .getText())
                .isEqualTo("Audit trail");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anEditorHasNoUsersPage() {
        browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);
        assertThat(browser.all(By.cssSelector("header nav a[href='/admin/users']")))
                .isEmpty();
        assertThat(browser.all(By.cssSelector("header nav a[href='/admin/audit']")))
                .as("nor a link to the audit trail")
                .isEmpty();
        browser.open(port, "/admin/users");
        assertThat(browser.find(By.tagName("h1")).getText()).doesNotContain("Users");
        assertThat(browser.consoleErrors(403)).isEmpty();
    }
}
