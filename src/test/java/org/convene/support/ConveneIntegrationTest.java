package org.convene.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port with the demo city loaded, on one embedded Neo4j shared by
 * every test class in the JVM (all use this same configuration, so Spring starts it once). Each
 * class must leave that store as it found it; {@link TestData} removes what a class declares it
 * creates and fails the class that leaves anything else behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
@ExtendWith(TestData.class)
public @interface ConveneIntegrationTest {}
