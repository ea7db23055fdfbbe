package org.convene.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class BenchOptionsTests {

    @Test
    void peopleAndTiesAreRequiredAndTheRestHasDefaults() {
        var options = BenchOptions.parse("--people", "200", "--ties", "800");

        assertThat(options.people()).isEqualTo(200);
        assertThat(options.ties()).isEqualTo(800);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(BenchOptions.OPERATIONS).allMatch(options::measures);
        assertThat(options.writeEdges()).isNull();
    }

    @Test
    void writeEdgesNamesTheEdgeListFile() {
        var options = BenchOptions.parse("--people", "200", "--ties", "800", "--write-edges", "/tmp/edges.txt");

        assertThat(options.writeEdges()).isEqualTo(Path.of("/tmp/edges.txt"));
    }

    @Test
    void onlyNamesTheOperationsToMeasure() {
        var options = BenchOptions.parse("--people", "200", "--ties", "800", "--only", "reach, degree");

        assertThat(options.measures("reach")).isTrue();
        assertThat(options.measures("betweenness")).isFalse();
    }

    @Test
    void badOptionsAreRejectedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchOptions.parse("--people", "200"))
                .withMessageContaining("--ties");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchOptions.parse("--people", "x", "--ties", "1"))
                .withMessageContaining("--people");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchOptions.parse("--peple", "1"))
                .withMessageContaining("--peple");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchOptions.parse("--people", "9", "--ties", "9", "--only", "teleport"))
                .withMessageContaining("teleport");
    }
}
