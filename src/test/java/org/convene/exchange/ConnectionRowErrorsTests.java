package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.exchange.CsvImports.assertError;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind of bad Connections row is reported on its row and the field that would have to change,
 * in a CSV file and in a workbook alike.
 */
@ParameterizedClass
@EnumSource(SpreadsheetFormat.class)
class ConnectionRowErrorsTests {

    @Parameter
    SpreadsheetFormat format;

    private static final String PEOPLE_AND_ORGANIZATIONS = """
            Label,Type
            Ana Ruiz,Person
            Ben Cole,Person
            Halvern Unified,Organization
            Grace Church,Organization
            """;

    private final FakeStoredGraph store = new FakeStoredGraph();

    private ImportError onlyError(String connections) {
        return format.onlyError(PEOPLE_AND_ORGANIZATIONS, connections, store);
    }

    @Test
    void aStrengthOutOfRangeIsReportedOnStrength() {
        ImportError error = onlyError("From,To,Strength\nAna Ruiz,Ben Cole,3\nAna Ruiz,Ben Cole,6\n");

        assertError(error, "connections", 3, "Strength", "\"6\"");
    }

    @Test
    void aStrengthThatIsNotANumberIsReportedOnStrength() {
        ImportError error = onlyError("From,To,Strength\nAna Ruiz,Ben Cole,strong\n");

        assertError(error, "connections", 2, "Strength", "\"strong\"");
    }

    @Test
    void anUnknownFromLabelIsReportedOnFrom() {
        ImportError error = onlyError("From,To\nAna Ruis,Ben Cole\n");

        assertError(error, "connections", 2, "From", "\"Ana Ruis\"");
    }

    @Test
    void anUnknownToLabelIsReportedOnTo() {
        ImportError error = onlyError("From,To\nAna Ruiz,ben cole\n");

        assertError(error, "connections", 2, "To", "\"ben cole\"");
    }

    @Test
    void aMissingFromIsReportedOnFrom() {
        ImportError error = onlyError("From,To\n,Ben Cole\n");

        assertError(error, "connections", 2, "From", "From is missing");
    }

    @Test
    void anUnknownConnectionTypeIsReportedOnType() {
        ImportError error = onlyError("From,To,Type\nAna Ruiz,Ben Cole,Likes\n");

        assertError(error, "connections", 2, "Type", "\"Likes\"");
    }

    @Test
    void aSelfTieIsReportedOnTo() {
        ImportError error = onlyError("From,To\nAna Ruiz,Ana Ruiz\n");

        assertError(error, "connections", 2, "To", "\"Ana Ruiz\"");
    }

    @Test
    void worksAtFromAnOrganizationIsReportedOnFrom() {
        ImportError error = onlyError("From,To,Type\nGrace Church,Halvern Unified,Works at\n");

        assertError(error, "connections", 2, "From", "\"Grace Church\"");
    }

    @Test
    void worksAtToAPersonIsReportedOnTo() {
        ImportError error = onlyError("From,To,Type\nAna Ruiz,Ben Cole,Works at\n");

        assertError(error, "connections", 2, "To", "\"Ben Cole\"");
    }

    @Test
    void knowsWithAnOrganizationIsReportedOnTheFieldHoldingIt() {
        List<ImportError> errors = format.rejected(
                PEOPLE_AND_ORGANIZATIONS,
                "From,To,Type\nGrace Church,Ana Ruiz,Knows\nAna Ruiz,Halvern Unified,\n",
                store);

        assertThat(errors).hasSize(2);
        assertError(errors.get(0), "connections", 2, "From", "\"Grace Church\"");
        assertError(errors.get(1), "connections", 3, "To", "\"Halvern Unified\"");
    }

    @Test
    void partnersWithAPersonIsReportedOnTheFieldHoldingIt() {
        ImportError error = onlyError("From,To,Type\nGrace Church,Ben Cole,Partners with\n");

        assertError(error, "connections", 2, "To", "\"Ben Cole\"");
    }
}
