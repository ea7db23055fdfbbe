package org.convene.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.convene.network.GraphVersion;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The test data of every {@link ConveneIntegrationTest}, which all share one store with the demo
 * city. A class names what its tests create with {@link Removes}, and that is removed after each
 * test and once more after the class. And each class must leave the store as it found it: the
 * store is read before the class's first test and after its last ({@link StoreContent}), and any
 * difference fails the class with what was left behind, what is gone and what changed, so a
 * missed clean-up is reported by the class that missed it rather than as another class's wrong
 * demo-city fact. A test that changes demo data on purpose puts it back itself (MapIT edits a tie
 * and restores it in a {@code finally}); this checks that it did.
 *
 * <p>The test users ({@link TestUsers}) are added when the context starts, before any class's
 * first reading, so they are part of what every class must leave.
 */
public final class TestData implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestData.class);
    private static final String BEFORE = "store before the class";

    /**
     * What the tests of a class create, removed after each test: elements by the start of their
     * name (with their ties, affiliations and stage history), sectors by the start of their key,
     * users by the start of their username.
     * Give the test data a prefix no demo name has, such as {@code "Zz "}.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface Removes {

        /** People and organizations whose name starts with one of these. */
        String[] elementsNamed() default {};

        /** Sectors whose key starts with one of these. */
        String[] sectorKeys() default {};

        /** Users whose username starts with one of these, with their API tokens. */
        String[] usersNamed() default {};
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(BEFORE, StoreContent.read(driver(context)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        removeDeclared(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        removeDeclared(context);
        StoreContent before = context.getStore(NAMESPACE).remove(BEFORE, StoreContent.class);
        if (before == null) {
            return; // the class never started, so it changed nothing
        }
        List<String> differences = StoreContent.read(driver(context)).differencesFrom(before);
        if (!differences.isEmpty()) {
            throw new AssertionError(context.getRequiredTestClass().getSimpleName()
                    + " left the shared store other than it found it (so other classes' demo-city facts may fail):\n  "
                    + String.join("\n  ", differences)
                    + "\nRemove what its tests create (@TestData.Removes, or a clean-up of its own) and put back"
                    + " what they change.");
        }
    }

    private static void removeDeclared(ExtensionContext context) {
        Optional<Removes> removes = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), Removes.class);
        if (removes.isEmpty()) {
            return;
        }
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        Driver driver = spring.getBean(Driver.class);
        try (var session = driver.session()) {
            if (removes.get().elementsNamed().length > 0) {
                // in batches, outside any transaction of the test's, so that 20,000 people go in one call
                session.run("""
                        MATCH (e:Element) WHERE any(prefix IN $prefixes WHERE e.name STARTS WITH prefix)
                        CALL (e) {
                          OPTIONAL MATCH (e)-[:HAD_STAGE]->(c:StageChange)
                          DETACH DELETE c, e
                        } IN TRANSACTIONS OF 5000 ROWS
                        """, Map.of("prefixes", List.of(removes.get().elementsNamed())))
                        .consume();
            }
            if (removes.get().sectorKeys().length > 0) {
                session.run("""
                        MATCH (s:Sector) WHERE any(prefix IN $prefixes WHERE s.key STARTS WITH prefix)
                        DETACH DELETE s
                        """, Map.of("prefixes", List.of(removes.get().sectorKeys())))
                        .consume();
            }
            if (removes.get().usersNamed().length > 0) {
                session.run("""
                        MATCH (u:User) WHERE any(prefix IN $prefixes WHERE u.username STARTS WITH prefix)
                        OPTIONAL MATCH (u)-[:HAS_TOKEN]->(t:ApiToken)
                        DETACH DELETE t, u
                        """, Map.of("prefixes", List.of(removes.get().usersNamed())))
                        .consume();
            }
        }
        // removed behind the app's back: the next answer reads the store again
        spring.getBean(GraphVersion.class).bump();
    }

    private static Driver driver(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(Driver.class);
    }
}
