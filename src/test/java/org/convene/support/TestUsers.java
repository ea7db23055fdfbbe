package org.convene.support;

import org.convene.security.Role;
import org.convene.security.UserAccounts;
import org.convene.system.ConflictException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;

/** Adds a viewer and an editor beside the admin, once per test store. */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-secret-for-tests";
    public static final String EDITOR = "eddie-editor";
    public static final String VIEWER = "vera-viewer";
    public static final String PASSWORD = "test-password-1";

    private final UserAccounts accounts;

    TestUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener(ContextRefreshedEvent.class)
    void addUsers() {
        for (var user : new Object[][] {{EDITOR, Role.EDITOR}, {VIEWER, Role.VIEWER}}) {
            try {
                accounts.create((String) user[0], PASSWORD, (Role) user[1]);
            } catch (ConflictException taken) {
                // the username is taken: created by an earlier refresh of the same context
            }
        }
    }
}
