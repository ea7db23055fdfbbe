package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Edit controls appear only for users whose role may write. */
@ConveneIntegrationTest
class ViewerIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Test
    void aViewerSeesThePersonButNoEditControls() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
        browser.openMap(null);
        assertThat(browser.find(By.cssSelector(".signout .role")).getText()).contains("read only");

        browser.pick(By.id("search"), "Kenji", "Kenji Morrow");
        assertThat(browser.visible(By.id("panel-title")).getText()).isEqualTo("Kenji Morrow");
        browser.waitUntil(d -> !browser.all(By.cssSelector("#tie-list li")).isEmpty());

        assertThat(browser.all(By.id("add-person"))).isEmpty();
        assertThat(browser.all(By.cssSelector("#panel form"))).isEmpty();
        assertThat(browser.all(By.cssSelector("#panel select, #panel textarea")))
                .isEmpty();
        assertThat(browser.find(By.id("panel")).getText()).doesNotContain("Edit details", "Remove", "Save");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anEditorSeesThemOnTheSamePerson() {
        browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);
        browser.openMap(null);

        browser.pick(By.id("search"), "Kenji", "Kenji Morrow");
        browser.waitUntil(d -> !browser.all(By.cssSelector("#tie-list li form")).isEmpty());

        assertThat(browser.find(By.id("add-person")).isDisplayed()).isTrue();
        assertThat(browser.all(By.cssSelector("#panel form#person-edit")))
                .singleElement()
                .extracting(form -> form.getDomAttribute("aria-label"))
                .isEqualTo("Edit Kenji Morrow");
        assertThat(browser.all(By.cssSelector("#panel form#tie-new")))
                .singleElement()
                .extracting(form -> form.getDomAttribute("aria-label"))
                .isEqualTo("Add a tie for Kenji Morrow");
        assertThat(browser.all(By.cssSelector("#panel select, #panel textarea")))
                .isNotEmpty();
        assertThat(browser.find(By.id("panel")).getText()).contains("Edit details", "Add a tie");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
