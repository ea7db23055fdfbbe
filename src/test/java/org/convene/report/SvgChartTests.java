package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The brief's charts are well-formed SVG (the PDF renderer reads them as XML) that state every value. */
class SvgChartTests {

    @SafeVarargs
    private static ChartData chart(String kind, List<String> labels, List<Double>... series) {
        List<ChartData.Series> all = IntStream.range(0, series.length)
                .mapToObj(i -> new ChartData.Series("s" + i, series[i]))
                .toList();
        return new ChartData(kind, "label", labels, all);
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBarChartHasABarAndAValuePerRowAndEscapesItsLabels() throws Exception {
        String svg = SvgChart.render(
                chart("bar", List.of("Faith & <others>", "Health"), Arrays.asList(3.0, null)), "Chart of \"x\"");

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(svg)
                .contains("Faith &amp; &lt;others&gt;")
                .contains(">3</text>")
                .contains(">–</text>");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Chart of \"x\"");
    }

    @Test
    void aGroupedBarChartHasALegend() throws Exception {
        String svg = SvgChart.render(chart("bar", List.of("a", "b"), List.of(1.0, 2.0), List.of(3.0, 4.5)), "t");

        Document document = parse(svg);
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(2 + 4);
        assertThat(svg).contains(">s0</text>").contains(">s1</text>").contains(">4.50</text>");
    }

    @Test
    void aLineChartDrawsOneLinePerSeries() throws Exception {
        Document document = parse(SvgChart.render(
                chart("line", List.of("Q1", "Q2", "Q3"), List.of(1.0, 4.0, 2.0), List.of(0.0, 1.0, 1.0)), "t"));

        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(6);
    }

    @Test
    void aPieChartHasASliceAndAShareForEachNonZeroValue() throws Exception {
        String svg = SvgChart.render(chart("pie", List.of("a", "b", "c"), List.of(1.0, 3.0, 0.0)), "t");

        Document document = parse(svg);
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(2);
        assertThat(svg).contains("a: 1 (25%)").contains("b: 3 (75%)").contains("c: 0 (0%)");
        assertThat(parse(SvgChart.render(chart("pie", List.of("all"), List.of(5.0)), "t"))
                        .getElementsByTagName("circle")
                        .getLength())
                .isEqualTo(1);
    }

    @Test
    void noChartIsNoSvg() {
        assertThat(SvgChart.render(null, "t")).isNull();
    }
}
