package org.convene.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.support.Api;
import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Swagger UI draws the API document's operations without any Content-Security-Policy
 * violation (the browser support fails the test on one) under its own policy, relaxed for inline
 * styles only (swagger-ui-bundle.js sets some) and on its own paths only.
 */
@ConveneIntegrationTest
class SwaggerUiIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Test
    void theSwaggerUiDrawsTheApiUnderItsOwnPolicyRelaxedForInlineStylesOnly() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
        browser.open(port, "/swagger-ui.html");

        assertThat(browser.visible(By.cssSelector(".swagger-ui .info .title")).getText())
                .contains("Convene API");
        assertThat(browser.all(By.cssSelector(".swagger-ui .opblock")).size()).isGreaterThan(10);
        assertThat(browser.policyViolations()).isEmpty();

        var ui = Api.on(port).get("/swagger-ui/index.html");
        assertThat(ui.header("Content-Security-Policy"))
                .isEqualTo("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                        + "form-action 'self'; frame-ancestors 'none'");
        assertThat(Api.on(port).get("/login").header("Content-Security-Policy")).contains("style-src 'self';");
    }
}
