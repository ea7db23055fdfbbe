package org.convene;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Convene: sees and grows a community-schools coalition's web of relationships. */
@SpringBootApplication
public class ConveneApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConveneApplication.class, args);
    }
}
