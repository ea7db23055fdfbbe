package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.convene.security.Role;
import org.junit.jupiter.api.Test;

/** The header grammar of CONTRACT.md, corner by corner. */
class ReportFileTests {

    private static final String CONTRACT_EXAMPLE = """
            // title: Newcomers in a period
            // description: Members who joined the coalition between two dates, with sector and organization.
            // param from: date = start of quarter | First day of the period
            // param to: date = today | Last day of the period
            // param sector: sector? | Only this sector (optional)
            // chart: bar label=sector value=newcomers
            MATCH (p:Person) WHERE p.joinedAt >= $from AND p.joinedAt <= $to
              AND ($sector IS NULL OR EXISTS { (p)-[:IN_SECTOR]->(:Sector {key: $sector}) })
            RETURN p.name AS sector, count(*) AS newcomers
            """;

    private static Report read(String text) {
        return ReportFile.read("example", Report.SHIPPED, text);
    }

    private static String header(String... lines) {
        return "// title: T\n// description: D\n" + String.join("\n", lines) + "\nRETURN 1 AS one\n";
    }

    @Test
    void theContractsExampleReadsAsItsTitleDescriptionParametersAndChart() {
        Report report = read(CONTRACT_EXAMPLE);

        assertThat(report.error()).isNull();
        assertThat(report.title()).isEqualTo("Newcomers in a period");
        assertThat(report.description())
                .isEqualTo("Members who joined the coalition between two dates, with sector and organization.");
        assertThat(report.parameters())
                .containsExactly(
                        new ReportParameter(
                                "from", ParameterType.DATE, true, "start of quarter", "First day of the period"),
                        new ReportParameter("to", ParameterType.DATE, true, "today", "Last day of the period"),
                        new ReportParameter("sector", ParameterType.SECTOR, true, null, "Only this sector (optional)"));
        assertThat(report.chart()).isEqualTo(new ChartHint(ChartHint.Kind.BAR, "sector", List.of("newcomers")));
        assertThat(report.role()).isEqualTo(Role.VIEWER);
        assertThat(report.query()).startsWith("MATCH (p:Person)").endsWith("count(*) AS newcomers");
    }

    @Test
    void aParameterWithNeitherDefaultNorQuestionMarkIsRequired() {
        Report report = read(header("// param top: integer"));

        assertThat(report.parameter("top").orElseThrow())
                .isEqualTo(new ReportParameter("top", ParameterType.INTEGER, false, null, null));
        assertThat(report.parameter("top").orElseThrow().required()).isTrue();
    }

    @Test
    void anOptionalParameterWithoutDefaultHasNoDefaultAndIsNotRequired() {
        ReportParameter person =
                read(header("// param person: person?")).parameter("person").orElseThrow();

        assertThat(person.required()).isFalse();
        assertThat(person.hasDefault()).isFalse();
    }

    @Test
    void aDefaultKeepsItsInnerSpacesAndEndsAtTheBar() {
        Report report = read(header(
                "// param stage: string =   early majority   | Whose stage",
                "// param since: date = 30 days ago",
                "// param phrase: string = a = b"));

        assertThat(report.parameter("stage").orElseThrow().defaultText()).isEqualTo("early majority");
        assertThat(report.parameter("stage").orElseThrow().description()).isEqualTo("Whose stage");
        assertThat(report.parameter("since").orElseThrow().defaultText()).isEqualTo("30 days ago");
        assertThat(report.parameter("phrase").orElseThrow().defaultText()).isEqualTo("a = b");
    }

    @Test
    void aDescriptionMayHoldColonsAndBars() {
        Report report = read("""
                // title: Ties: the strongest
                // description: From members: into gaps
                // param top: integer = 5 | At most: five | or fewer
                RETURN $top AS top
                """);

        assertThat(report.error()).isNull();
        assertThat(report.title()).isEqualTo("Ties: the strongest");
        assertThat(report.parameter("top").orElseThrow().description()).isEqualTo("At most: five | or fewer");
    }

    @Test
    void everyTypeAndItsLiteralDefaultsAreRead() {
        Report report = read(header(
                "// param a: string = x",
                "// param b: integer = -42",
                "// param c: boolean = TRUE",
                "// param d: date = 2026-01-01",
                "// param e: sector = faith",
                "// param f: person = Gordon Ashby"));

        assertThat(report.error()).isNull();
        assertThat(report.parameters())
                .extracting(ReportParameter::type)
                .containsExactly(
                        ParameterType.STRING,
                        ParameterType.INTEGER,
                        ParameterType.BOOLEAN,
                        ParameterType.DATE,
                        ParameterType.SECTOR,
                        ParameterType.PERSON);
    }

    @Test
    void theRoleIsReadInAnyCase() {
        assertThat(read(header("// role: admin")).role()).isEqualTo(Role.ADMIN);
        assertThat(read(header("// role: EDITOR")).role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void aLineChartMayShowSeveralColumnsAndAPieOne() {
        assertThat(read(header("// chart: line label=quarter value=joined, left"))
                        .chart())
                .isEqualTo(new ChartHint(ChartHint.Kind.LINE, "quarter", List.of("joined", "left")));
        assertThat(read(header("// chart: pie label=stage value=people")).chart())
                .isEqualTo(new ChartHint(ChartHint.Kind.PIE, "stage", List.of("people")));
    }

    @Test
    void theHeaderEndsAtTheFirstLineThatIsNotAComment() {
        Report report = read("""
                // title: T
                // description: D

                // colour: this is a Cypher comment below the header, not a header line
                RETURN 1 AS one
                """);

        assertThat(report.error()).isNull();
        assertThat(report.query()).startsWith("// colour:");
    }

    @Test
    void aByteOrderMarkAndATrailingSemicolonAreIgnored() {
        Report report = read("\uFEFF// title: T\n// description: D\nRETURN 1 AS one;\n");

        assertThat(report.error()).isNull();
        assertThat(report.query()).isEqualTo("RETURN 1 AS one");
    }

    @Test
    void anUnknownKeyIsAHeaderErrorNamingTheLine() {
        Report report = read(header("// colour: blue"));

        assertThat(report.runnable()).isFalse();
        assertThat(report.error()).startsWith("Line 3: unknown key 'colour'");
        assertThat(report.title()).isEqualTo("T");
    }

    @Test
    void aLineWithoutKeyAndColonIsAHeaderError() {
        assertThat(read(header("// just a remark")).error()).isEqualTo("Line 3: 'just a remark' is not 'KEY: VALUE'.");
        assertThat(read(header("//")).error()).startsWith("Line 3: '' is not 'KEY: VALUE'");
    }

    @Test
    void keysAreLowerCaseAsTheGrammarWritesThem() {
        assertThat(read(header("// Chart: bar label=a value=b")).error()).startsWith("Line 3: unknown key 'Chart'");
    }

    @Test
    void aMissingTitleOrDescriptionIsAHeaderError() {
        assertThat(read("// description: D\nRETURN 1 AS one").error()).contains("no title");
        assertThat(read("// title: T\nRETURN 1 AS one").error()).contains("no description");
        assertThat(read("RETURN 1 AS one").error()).contains("no title").contains("no description");
    }

    @Test
    void aSecondTitleOrChartOrRoleIsAHeaderError() {
        assertThat(read(header("// title: Again")).error()).isEqualTo("Line 3: a second title.");
        assertThat(read(header("// chart: bar label=a value=b", "// chart: pie label=a value=b"))
                        .error())
                .isEqualTo("Line 4: a second chart; a report has at most one.");
        assertThat(read(header("// role: VIEWER", "// role: ADMIN")).error()).isEqualTo("Line 4: a second role.");
        assertThat(read(header("// param a: string?", "// param a: integer?")).error())
                .isEqualTo("Line 4: a second parameter 'a'.");
    }

    @Test
    void badParameterLinesAreHeaderErrors() {
        assertThat(read(header("// param: string")).error()).contains("needs a name");
        assertThat(read(header("// param From: date")).error()).contains("'From' is not a parameter name");
        assertThat(read(header("// param from date: date")).error()).contains("'from date' is not a parameter name");
        assertThat(read(header("// param when: datetime")).error()).contains("'datetime' is not a parameter type");
        assertThat(read(header("// param when: date ?")).error()).contains("is not 'TYPE[?] [= DEFAULT]'");
        assertThat(read(header("// param when: date =")).error()).contains("has '=' but no default");
        assertThat(read(header("// param when: date? = today")).error()).contains("both '?' and a default");
        assertThat(read(header("// param top: integer = five")).error()).contains("'five' is not a whole number");
        assertThat(read(header("// param on: boolean = yes")).error()).contains("'yes' is not true or false");
        assertThat(read(header("// param from: date = last tuesday")).error())
                .contains("'last tuesday' is not an ISO date");
        assertThat(read(header("// param from: date = 2026-02-30")).error()).contains("'2026-02-30' is not");
    }

    @Test
    void badChartAndRoleLinesAreHeaderErrors() {
        assertThat(read(header("// chart: bar sector newcomers")).error()).contains("is not 'bar|line|pie label=");
        assertThat(read(header("// chart: donut label=a value=b")).error()).contains("'donut' is not a chart");
        assertThat(read(header("// chart: pie label=a value=b,c")).error()).contains("one value column, not 2");
        assertThat(read(header("// role: OWNER")).error()).contains("'OWNER' is not a role");
    }

    @Test
    void aKeyOtherThanParamTakesNoName() {
        assertThat(read(header("// title x: y")).error()).contains("'title x' is not a key");
    }

    @Test
    void theQueryMustUseOnlyDeclaredParameters() {
        Report report = ReportFile.read("r", Report.SHIPPED, """
                // title: T
                // description: D
                // param from: date = today
                MATCH (p:Person) WHERE p.joinedAt >= $from AND p.name <> '$notAParameter' // $norThis
                RETURN p.name AS name, $`to` AS upTo
                """);

        assertThat(report.error())
                .isEqualTo("The query uses $to, which the header does not declare ('// param to: TYPE').");
    }

    @Test
    void aFileWithoutQueryIsAHeaderError() {
        assertThat(read("// title: T\n// description: D\n\n// only comments\n").error())
                .isEqualTo("There is no query below the header.");
    }

    @Test
    void allTheHeadersErrorsAreListedTogether() {
        assertThat(read("// title: T\n// colour: x\n// param a: nope\nRETURN 1").error())
                .isEqualTo("Line 2: unknown key 'colour' (the keys are title, description, param, chart, role)."
                        + " Line 3: 'nope' is not a parameter type (use string, integer, boolean, date, sector, person)."
                        + " The header has no description ('// description: ...').");
    }

    @Test
    void namesAreLowerCaseLettersDigitsAndHyphensAndNotBrief() {
        assertThat(ReportFile.read("Newcomers", Report.FOLDER, CONTRACT_EXAMPLE).error())
                .contains("lower-case letters, digits and '-'");
        assertThat(ReportFile.read("new_comers", Report.FOLDER, CONTRACT_EXAMPLE)
                        .error())
                .contains("lower-case");
        assertThat(ReportFile.read("brief", Report.FOLDER, CONTRACT_EXAMPLE).error())
                .contains("steering brief");
        assertThat(ReportFile.read("q4-2026", Report.FOLDER, CONTRACT_EXAMPLE).error())
                .isNull();
    }
}
