package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.convene.network.Level;
import org.convene.network.Stage;
import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The map's filters and forms offer the stages and levels the server defines, in its order. */
@ConveneIntegrationTest
class VocabularyIT {

    /** How the map's filters name a missing stage or level (js/sectors.js). */
    private static final String NONE = "none";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Test
    void theFiltersAndThePersonFormOfferTheServersStagesAndLevels() {
        browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);
        browser.openMap(null);

        assertThat(values(By.cssSelector("#stage-filter input[name=stage]"))).isEqualTo(withNone(Stage.labels()));
        assertThat(values(By.cssSelector("#level-filter input[name=level]"))).isEqualTo(withNone(Level.labels()));

        browser.find(By.id("add-person")).click();
        List<String> stages = values(By.cssSelector("#person-new select[name=stage] option"));
        assertThat(stages.get(0)).isEmpty();
        assertThat(stages.subList(1, stages.size())).isEqualTo(Stage.labels());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static List<String> values(By by) {
        browser.find(by);
        return browser.all(by).stream().map(e -> e.getDomProperty("value")).toList();
    }

    private static List<String> withNone(List<String> labels) {
        List<String> values = new ArrayList<>(labels);
        values.add(NONE);
        return values;
    }
}
