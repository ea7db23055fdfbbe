package org.convene.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store.
 *
 * @param dataDir where the embedded store and its generated password live
 * @param embedded the embedded store's connector and memory
 */
@ConfigurationProperties("convene")
record StoreProperties(
        @DefaultValue("data") Path dataDir, @DefaultValue Embedded embedded) {

    /**
     * @param boltPort the Bolt port on 127.0.0.1; 0 picks a free one (named in the log)
     * @param pageCache Neo4j's page cache size, e.g. {@code 256m}
     * @param deleteOnClose remove the data dir on shutdown (tests only)
     */
    public record Embedded(
            @DefaultValue("0") int boltPort,
            @DefaultValue("256m") String pageCache,
            @DefaultValue("false") boolean deleteOnClose) {}
}
