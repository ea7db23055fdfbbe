package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** When a result gets a chart, and what the page's script receives. */
class ChartDataTests {

    private static ReportPage.Table table(List<String> columns, Object[]... rows) {
        List<List<ReportPage.Cell>> cells = new ArrayList<>();
        for (Object[] row : rows) {
            List<ReportPage.Cell> line = new ArrayList<>();
            for (Object value : row) {
                boolean number = value instanceof Number;
                line.add(new ReportPage.Cell(
                        value == null ? "" : value.toString(),
                        number ? String.valueOf(((Number) value).doubleValue()) : String.valueOf(value),
                        number));
            }
            cells.add(line);
        }
        return new ReportPage.Table(columns, cells, cells.size(), false, 1);
    }

    @Test
    void theHeadersHintNamesTheColumns() {
        ReportPage.Table result = table(
                List.of("sector", "members", "who"), new Object[] {"Faith", 2L, "x"}, new Object[] {"Health", 0L, ""});

        ChartData chart = ChartData.of(new ChartHint(ChartHint.Kind.PIE, "sector", List.of("members")), result);

        assertThat(chart.kind()).isEqualTo("pie");
        assertThat(chart.labels()).containsExactly("Faith", "Health");
        assertThat(chart.series().get(0).values()).containsExactly(2.0, 0.0);
    }

    @Test
    void withoutAHintALabelColumnAndANumberColumnMakeABarChart() {
        ChartData chart = ChartData.of(
                null,
                table(List.of("sector", "who", "members"), new Object[] {"a", "x", 1L}, new Object[] {"b", "y", 3L}));

        assertThat(chart.kind()).isEqualTo("bar");
        assertThat(chart.series().get(0).name()).isEqualTo("members");
    }

    @Test
    void withoutAHintOneRowOrNoNumbersMakeNoChart() {
        assertThat(ChartData.of(null, table(List.of("a", "n"), new Object[] {"x", 1L})))
                .isNull();
        assertThat(ChartData.of(null, table(List.of("a", "b"), new Object[] {"x", "y"}, new Object[] {"z", "w"})))
                .isNull();
        assertThat(ChartData.of(null, table(List.of("n", "m"), new Object[] {1L, 2L}, new Object[] {3L, 4L})))
                .isNull();
    }

    @Test
    void theJsonForThePageCannotCloseAnElement() {
        ChartData chart = new ChartData(
                "bar", "l", List.of("</script><b>\"x\"\n"), List.of(new ChartData.Series("n", List.of(2.5))));

        assertThat(chart.json())
                .isEqualTo("{\"kind\":\"bar\",\"labels\":[\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\"\\n\"],"
                        + "\"series\":[{\"name\":\"n\",\"values\":[2.5]}]}");
    }
}
