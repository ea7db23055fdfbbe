package org.convene.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated import, every label resolved to an element id, ready for one write transaction.
 * Fields that are {@code null} are not given: on an update they keep the stored value, on a
 * create they stay unset (or take the writer's default, as a tie's strength 3 does). Where a
 * record carries a {@code line}, it is the file row it came from (0 when unknown), so a conflict
 * with what is stored, found while writing, can name it.
 *
 * @param creates      elements new to the store, each with a fresh id
 * @param updates      stored elements the file changes
 * @param affiliations distinct person–organization pairs, from the Organization column and
 *                     {@code Works at} rows together
 * @param ties         distinct {@code Knows} ties between two people
 * @param partnerships distinct {@code Partners with} ties between two organizations
 * @param counts       what the file held, for the answer
 * @param storedElementIds the store's element ids of the stored elements the file names, by id,
 *                     where the store gave them (valid in the planning transaction only)
 */
record ImportPlan(
        List<NewElement> creates,
        List<ElementUpdate> updates,
        List<Affiliation> affiliations,
        List<Tie> ties,
        List<Partnership> partnerships,
        Counts counts,
        Map<String, String> storedElementIds) {

    public ImportPlan {
        storedElementIds = Map.copyOf(storedElementIds);
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
        affiliations = List.copyOf(affiliations);
        ties = List.copyOf(ties);
        partnerships = List.copyOf(partnerships);
    }

    /**
     * An element to create, its defaults applied (a person is not a coalition member; no tags);
     * its id is the row's {@code ID} when that names nothing stored, else a fresh one.
     */
    public record NewElement(String id, ElementType type, String label, ElementFields fields) {}

    /**
     * A stored element to update with the row's non-blank cells.
     *
     * @param label       the label the element will have
     * @param renamedFrom the stored label when the row renames the element (matched on ID), else null
     * @param line        the Elements row
     */
    public record ElementUpdate(
            String id, ElementType type, String label, String renamedFrom, ElementFields fields, int line) {}

    /**
     * The optional cells of an Elements row, parsed; {@code null} when the cell is blank.
     *
     * @param sector      a sector key (for a person: their own sector)
     * @param level       organizations only: district, site, city, county, state or national
     * @param role        people only
     * @param coalition   people only: a member of the coalition (false too when only Left is given)
     * @param stage       people only: innovator, early adopter, early majority, late majority, skeptic
     *                    or laggard
     * @param tags        split on {@code ;}, trimmed, blanks dropped
     * @param joined      people only: the day they joined the coalition
     * @param left        people only: the day they left it
     * @param stageSince  people only: the day the current stage began (with a stage)
     * @param power       people only: positional power, 1 to 5
     * @param urgency     people only, 1 to 5, like {@code optimism}, {@code collaboration} and
     *                    {@code openness}: the innovator qualities
     * @param noResources people only: cannot tap organizational resources
     * @param resources   organizations only: the resources it can bring, 1 to 5
     */
    public record ElementFields(
            String sector,
            String level,
            String role,
            Boolean coalition,
            String stage,
            String description,
            List<String> tags,
            LocalDate joined,
            LocalDate left,
            LocalDate stageSince,
            Integer power,
            Integer urgency,
            Integer optimism,
            Integer collaboration,
            Integer openness,
            Boolean noResources,
            Integer resources) {

        public ElementFields {
            tags = tags == null ? null : List.copyOf(tags);
        }

        /** The fields an Elements row had before dated history: no dates and no ratings. */
        public ElementFields(
                String sector,
                String level,
                String role,
                Boolean coalition,
                String stage,
                String description,
                List<String> tags) {
            this(
                    sector,
                    level,
                    role,
                    coalition,
                    stage,
                    description,
                    tags,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /**
     * A person works at an organization.
     *
     * @param role   the person's Role cell when the pair came from their Organization cell, else
     *               the Works at row's Role
     * @param leads  whether the person leads the organization
     * @param source where the affiliation is known from; null: the import's own
     * @param rank   its place among the person's affiliations in the file, from 0
     * @param line   the Works at row that dated it, else the Elements row
     */
    public record Affiliation(
            String personId,
            String organizationId,
            String role,
            LocalDate since,
            LocalDate until,
            Boolean leads,
            String source,
            int rank,
            int line) {}

    /**
     * An undirected {@code Knows} tie; the later row in the file won.
     *
     * @param strength 1 to 5, or null: keep the stored strength, or 3 on create
     * @param context  null when blank
     * @param source   where the tie is known from; null: the import's own
     * @param line     the row that won
     */
    public record Tie(
            String personIdA,
            String personIdB,
            Integer strength,
            String context,
            LocalDate since,
            LocalDate until,
            String source,
            int line) {

        /** An undated tie that came from no particular row. */
        public Tie(String personIdA, String personIdB, Integer strength, String context) {
            this(personIdA, personIdB, strength, context, null, null, null, 0);
        }
    }

    /** An undirected {@code Partners with} tie between organizations, like {@link Tie}. */
    public record Partnership(
            String organizationIdA,
            String organizationIdB,
            Integer strength,
            String context,
            LocalDate since,
            LocalDate until,
            String source,
            int line) {}

    /** The success answer's counts: distinct elements, ties, affiliations and partnerships in the file. */
    public record Counts(int people, int organizations, int ties, int affiliations, int partnerships) {}
}
