package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherTextTests {

    @Test
    void parametersAreFoundOutsideStringsAndComments() {
        CypherText text = CypherText.of("""
                MATCH (p:Person {id: $person}) // $comment
                /* $block
                   $still */
                WHERE p.name <> "$double" AND p.role <> '$single \\' $escaped'
                RETURN $`odd name` AS x, $person AS again, p.`$not` AS y, $0
                """);

        assertThat(text.parameters()).containsExactly("person", "odd name", "0");
    }

    @Test
    void aUseClauseIsFoundWhereAClauseStarts() {
        assertThat(CypherText.of("USE system SHOW USERS").usesAnotherGraph()).isTrue();
        assertThat(CypherText.of("  use neo4j MATCH (n:Person) RETURN n").usesAnotherGraph())
                .isTrue();
        assertThat(CypherText.of("CALL { USE other MATCH (n) RETURN n } RETURN n")
                        .usesAnotherGraph())
                .isTrue();
        assertThat(CypherText.of("MATCH (a:Person) RETURN a UNION ALL USE x MATCH (a:Person) RETURN a")
                        .usesAnotherGraph())
                .isTrue();
    }

    @Test
    void theWordUseElsewhereIsNoUseClause() {
        assertThat(CypherText.of("MATCH (use:Person) WHERE use.name = 'USE x' RETURN use")
                        .usesAnotherGraph())
                .isFalse();
        assertThat(CypherText.of("// USE system\nMATCH (p:Person) RETURN p.`use`")
                        .usesAnotherGraph())
                .isFalse();
    }

    @Test
    void onlyCommentsAreEmpty() {
        assertThat(CypherText.of("// nothing\n/* at all */").isEmpty()).isTrue();
        assertThat(CypherText.of("RETURN 1").isEmpty()).isFalse();
    }
}
