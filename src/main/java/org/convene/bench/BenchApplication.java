package org.convene.bench;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The application as the bench runs it: the store, the network, import, analysis and reports,
 * without the web tier (no controllers) and sign-in. Deliberately not a {@code @Configuration}, so the application's own
 * component scan never picks it up; the bench names it as its only source.
 */
@EnableAutoConfiguration
@ComponentScan(
        basePackages = {
            "org.convene.store",
            "org.convene.system",
            "org.convene.network",
            "org.convene.exchange",
            "org.convene.insight",
            "org.convene.report"
        },
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.ANNOTATION,
                        classes = {Controller.class, ControllerAdvice.class}))
class BenchApplication {}
