package org.convene;

import java.util.Arrays;

import org.convene.bench.Bench;
import org.convene.store.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Convene: sees and grows a community-schools coalition's web of relationships. */
@SpringBootApplication
public class ConveneApplication {

    /** Serves the application; {@code bench ...} runs the benchmark command instead, without a web server, and
     * {@code backup ...} and {@code restore ...} copy the store to a file and back (store/BackupCommand). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench")) {
            Bench.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            BackupCommand.main(args);
            return;
        }
        SpringApplication.run(ConveneApplication.class, args);
    }
}
