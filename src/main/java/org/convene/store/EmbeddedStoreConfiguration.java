package org.convene.store;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded store and a driver to it, unless {@code spring.neo4j.uri} names an external
 * Neo4j; then Spring Boot's own driver configuration takes over and no store is started here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalStoreAbsent.class)
class EmbeddedStoreConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(StoreProperties properties) {
        var embedded = properties.embedded();
        return EmbeddedNeo4j.start(
                properties.dataDir(), embedded.boltPort(), embedded.pageCache(), embedded.deleteOnClose());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedNeo4j store) {
        return GraphDatabase.driver(
                store.boltUri(),
                AuthTokens.basic(EmbeddedNeo4j.USER, store.password()),
                Config.builder().withoutEncryption().build());
    }
}
