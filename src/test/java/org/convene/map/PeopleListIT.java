package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The people list, for those who cannot use the map's canvas: a table walked with the keyboard alone. */
@ConveneIntegrationTest
class PeopleListIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @BeforeEach
    void signIn() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void press(CharSequence key) {
        focused().sendKeys(key);
    }

    @Test
    void theTableIsWalkedWithTheKeyboardAndEnterOpensThePerson() {
        browser.open(port, "/people");
        browser.find(By.id("people-table"));

        // Tab from the top of the page until the table takes the focus: one row is in the tab order
        for (int i = 0; i < 30 && !"tr".equals(focused().getTagName()); i++) {
            press(Keys.TAB);
        }
        assertThat(focused().getTagName()).isEqualTo("tr");
        var rows = browser.all(By.cssSelector("#people-table tbody tr"));
        assertThat(focused().getDomAttribute("data-id")).isEqualTo(rows.get(0).getDomAttribute("data-id"));

        press(Keys.END);
        assertThat(focused().getDomAttribute("data-id"))
                .isEqualTo(rows.get(rows.size() - 1).getDomAttribute("data-id"));
        press(Keys.HOME);
        press(Keys.ARROW_DOWN);
        press(Keys.ARROW_DOWN);
        press(Keys.ARROW_UP);
        WebElement second = rows.get(1);
        assertThat(focused().getDomAttribute("data-id")).isEqualTo(second.getDomAttribute("data-id"));
        assertThat(focused().getDomAttribute("tabindex")).isEqualTo("0");
        String name = second.findElement(By.cssSelector("th")).getText();
        String id = second.getDomAttribute("data-id");

        press(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/people/" + id));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(browser.find(By.linkText("Show on the map")).getDomAttribute("href"))
                .contains("focus=");
    }

    @Test
    void searchingNarrowsTheTableInPlace() {
        browser.open(port, "/people");
        String before = browser.find(By.id("people-summary")).getText();
        assertThat(before).endsWith("of 150 people");

        browser.find(By.id("people-q")).sendKeys("principal");
        browser.waitUntil(d -> !browser.find(By.id("people-summary")).getText().equals(before));

        assertThat(browser.driver().getCurrentUrl()).contains("q=principal");
        for (WebElement row : browser.all(By.cssSelector("#people-table tbody tr"))) {
            assertThat(row.getText().toLowerCase()).contains("principal");
        }
    }
}
