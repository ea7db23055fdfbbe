package org.convene.bench;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application as the bench runs it: the store, the network, import and analysis, without
 * the web tier and sign-in. Deliberately not a {@code @Configuration}, so the application's own
 * component scan never picks it up; the bench names it as its only source.
 */
@EnableAutoConfiguration
@ComponentScan(
        basePackages = {
            "org.convene.store",
            "org.convene.system",
            "org.convene.network",
            "org.convene.exchange",
            "org.convene.insight"
        })
class BenchApplication {}
