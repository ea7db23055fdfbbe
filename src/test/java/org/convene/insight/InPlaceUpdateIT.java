package org.convene.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.convene.analysis.CoalitionGraph;
import org.convene.network.GraphVersion;
import org.convene.network.People;
import org.convene.network.PersonRequest;
import org.convene.network.StageRequest;
import org.convene.network.TieRequest;
import org.convene.network.Ties;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write through the app that says what it changed is applied to the projection in place, and
 * the result is the projection a fresh read of the store gives.
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Place ")
class InPlaceUpdateIT {

    @Autowired
    CurrentNetwork network;

    @Autowired
    NetworkProjection projection;

    @Autowired
    Ties ties;

    @Autowired
    People people;

    @Autowired
    GraphVersion version;

    @Autowired
    PlatformTransactionManager transactions;

    String ana;
    String ben;

    private AutoCloseable refreshesHeld;

    @BeforeEach
    void twoPeopleAndACurrentProjection() {
        refreshesHeld = network.holdRefreshes();
        version.bump(); // whatever other tests did behind the app's back is read again
        ana = people.create(person("Zz Place Ana", "health", false)).id();
        ben = people.create(person("Zz Place Ben", null, true)).id();
        network.graph();
    }

    @AfterEach
    void releaseRefreshes() throws Exception {
        refreshesHeld.close();
    }

    @Test
    void aNewTieIsAppliedInPlaceAndMatchesAFreshProjection() {
        CoalitionGraph graph = inPlace(() -> ties.create(new TieRequest(ana, ben, 4, "colleague", null, null)));

        assertThat(graph.tieBetween(
                        graph.indexOf(ana).orElseThrow(), graph.indexOf(ben).orElseThrow()))
                .isPresent();
        assertThat(content(graph)).isEqualTo(content(projection.read().graph()));
    }

    @Test
    void aChangedAndThenRemovedTieAreAppliedInPlace() {
        String tie = ties.create(new TieRequest(ana, ben, 2, null, null, null)).id();
        network.graph();

        CoalitionGraph changed = inPlace(() -> ties.update(tie, new TieRequest(null, null, 5, "board", null, null)));
        assertThat(content(changed)).isEqualTo(content(projection.read().graph()));
        int a = changed.indexOf(ana).orElseThrow();
        assertThat(changed.strength(changed.tieBetween(a, changed.indexOf(ben).orElseThrow())
                        .orElseThrow()))
                .isEqualTo(5);

        CoalitionGraph removed = inPlace(() -> {
            ties.delete(tie);
            return null;
        });
        assertThat(removed.tieBetween(
                        removed.indexOf(ana).orElseThrow(), removed.indexOf(ben).orElseThrow()))
                .isEmpty();
        assertThat(content(removed)).isEqualTo(content(projection.read().graph()));
    }

    @Test
    void aNewPersonAChangedPersonAndARemovedPersonAreAppliedInPlace() {
        String[] cy = new String[1];
        CoalitionGraph added = inPlace(() ->
                cy[0] = people.create(person("Zz Place Cy", "faith", true)).id());
        assertThat(added.isMember(added.indexOf(cy[0]).orElseThrow())).isTrue();
        assertThat(content(added)).isEqualTo(content(projection.read().graph()));

        ties.create(new TieRequest(ana, cy[0], 3, null, null, null));
        network.graph();
        CoalitionGraph renamed = inPlace(() -> people.update(cy[0], person("Zz Place Cyra", "housing", false)));
        int c = renamed.indexOf(cy[0]).orElseThrow();
        assertThat(renamed.name(c)).isEqualTo("Zz Place Cyra");
        assertThat(renamed.sectorKeys(c)).containsExactly("housing");
        assertThat(renamed.degree(c)).isEqualTo(1);
        assertThat(content(renamed)).isEqualTo(content(projection.read().graph()));

        CoalitionGraph staged = inPlace(() -> people.changeStage(cy[0], new StageRequest("skeptic", "not yet")));
        assertThat(staged.person(staged.indexOf(cy[0]).orElseThrow()).stage()).isEqualTo("skeptic");
        assertThat(content(staged)).isEqualTo(content(projection.read().graph()));

        CoalitionGraph removed = inPlace(() -> {
            people.delete(cy[0]);
            return null;
        });
        assertThat(removed.indexOf(cy[0])).isEmpty();
        assertThat(content(removed)).isEqualTo(content(projection.read().graph()));
    }

    @Test
    void aVersionRaisedWithoutAChangeReadsTheStoreAgain() {
        long before = network.counts().projections();

        CoalitionGraph known = network.graph();
        version.bump();
        CoalitionGraph graph = network.graph();

        assertThat(network.counts().projections()).isEqualTo(before + 1);
        assertThat(graph).as("the store read again holds the same network").isSameAs(known);
        assertThat(content(graph)).isEqualTo(content(projection.read().graph()));
    }

    @Test
    void aChangeTheAnalysisDoesNotReadKeepsTheGraphAndEveryAnswerOnIt() {
        CoalitionGraph before = network.graph();
        long unchanged = network.counts().unchanged();

        people.update(
                ana,
                new PersonRequest("Zz Place Ana", null, null, null, null, null, "Runs the clinic's outreach", null));

        assertThat(network.graph())
                .as("a description is not part of the network")
                .isSameAs(before);
        assertThat(network.counts().unchanged()).isEqualTo(unchanged + 1);

        people.update(ana, new PersonRequest("Zz Place Ana", null, null, null, "early adopter", null, null, null));
        CoalitionGraph after = network.graph();
        assertThat(after).as("a stage is").isNotSameAs(before);
        assertThat(after.person(after.indexOf(ana).orElseThrow()).stage()).isEqualTo("early adopter");
    }

    @Test
    void aWriteThatRollsBackLeavesNoChangeBehind() {
        CoalitionGraph before = network.graph();
        var template = new TransactionTemplate(transactions);

        template.executeWithoutResult(status -> {
            ties.create(new TieRequest(ana, ben, 5, "family", null, null));
            status.setRollbackOnly();
        });
        version.bump(); // the same version number again, now without a change
        CoalitionGraph after = network.graph();

        assertThat(after.tieBetween(
                        after.indexOf(ana).orElseThrow(), after.indexOf(ben).orElseThrow()))
                .isEmpty();
        assertThat(content(after)).isEqualTo(content(projection.read().graph()));
        assertThat(content(after)).isEqualTo(content(before));
    }

    /**
     * Runs the write and returns the next answer's graph, checking it came from applying the
     * write's change rather than from reading the store again (the background refresh is held).
     */
    private CoalitionGraph inPlace(Supplier<?> write) {
        var before = network.counts();
        write.get();
        CoalitionGraph graph = network.graph();
        var after = network.counts();
        assertThat(after.projections())
                .as("the store was read again instead of applying the change")
                .isEqualTo(before.projections());
        assertThat(after.changesApplied()).isEqualTo(before.changesApplied() + 1);
        return graph;
    }

    private static PersonRequest person(String name, String sector, boolean member) {
        return new PersonRequest(name, "Role of " + name, sector, member, null, null, null, List.of());
    }

    /** Everything the projection holds, by stored ids, independent of index order. */
    static Set<String> content(CoalitionGraph graph) {
        Set<String> lines = new TreeSet<>();
        graph.sectors().forEach(s -> lines.add("sector " + s.key() + " " + s.title()));
        for (int o = 0; o < graph.organizationCount(); o++) {
            var organization = graph.organization(o);
            lines.add("organization " + organization.id() + "|" + organization.name() + "|" + organization.sectorKey()
                    + "|" + organization.level());
        }
        for (int p = 0; p < graph.personCount(); p++) {
            var person = graph.person(p);
            lines.add("person " + person.id() + "|" + person.name() + "|" + person.role() + "|"
                    + person.organization() + "|" + person.sectorKeys() + "|" + person.primarySector() + "|"
                    + person.member() + "|" + person.stage() + "|"
                    + graph.organizationsOf(p).stream()
                            .map(CoalitionGraph.Organization::id)
                            .sorted()
                            .toList());
        }
        for (int t = 0; t < graph.tieCount(); t++) {
            var tie = graph.tie(t);
            String a = graph.personId(tie.personA());
            String b = graph.personId(tie.personB());
            lines.add("tie " + (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a) + "|" + tie.strength() + "|"
                    + tie.context());
        }
        return lines;
    }
}
