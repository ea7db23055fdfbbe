package org.convene.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates user {@code admin} while no admin exists, with the password from
 * {@code CONVENE_ADMIN_PASSWORD} or, without it, a random one printed once in the log. There is no
 * built-in default password, and one from the environment must pass the same rules as any other
 * ({@link UserRules}): the start fails, saying why, when it does not.
 */
@Component
@Order(20)
class AdminAccount implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final UserAccounts accounts;
    private final String configuredPassword;

    AdminAccount(UserAccounts accounts, @Value("${convene.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        if (accounts.exists(USERNAME)) {
            log.error(
                    "No user has the ADMIN role, and the username '{}' is taken by a user with another role; "
                            + "give that user the ADMIN role in the store to manage users.",
                    USERNAME);
            return;
        }
        if (StringUtils.hasText(configuredPassword)) {
            var problems = UserRules.password("CONVENE_ADMIN_PASSWORD", configuredPassword, USERNAME);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(
                        "CONVENE_ADMIN_PASSWORD " + problems.get(0).message()
                                + "; choose another before the first start (it is read only while no admin exists).");
            }
            accounts.create(USERNAME, configuredPassword, Role.ADMIN);
            log.info("Created user '{}' with the password from CONVENE_ADMIN_PASSWORD.", USERNAME);
            return;
        }
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.create(USERNAME, generated, Role.ADMIN);
        log.warn("""

                ============================================================
                 Created user '{}' with the generated password: {}
                 It is shown only this once. Sign in at /login.
                ============================================================""", USERNAME, generated);
    }
}
