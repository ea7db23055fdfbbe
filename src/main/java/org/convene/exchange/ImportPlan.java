package org.convene.exchange;

import java.util.List;
import java.util.Map;

/**
 * A validated import, every label resolved to an element id, ready for one write transaction.
 * Fields that are {@code null} are not given: on an update they keep the stored value, on a
 * create they stay unset (or take the writer's default, as a tie's strength 3 does).
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

    /** An element to create, its defaults applied (a person is not a coalition member; no tags). */
    public record NewElement(String id, ElementType type, String label, ElementFields fields) {}

    /**
     * A stored element to update with the row's non-blank cells.
     *
     * @param label       the label the element will have
     * @param renamedFrom the stored label when the row renames the element (matched on ID), else null
     */
    public record ElementUpdate(String id, ElementType type, String label, String renamedFrom, ElementFields fields) {}

    /**
     * The optional cells of an Elements row, parsed; {@code null} when the cell is blank.
     *
     * @param sector    a sector key (for a person: their own sector)
     * @param level     organizations only: district, site, city, county, state or national
     * @param role      people only
     * @param coalition people only: a member of the coalition
     * @param stage     people only: innovator, early adopter, early majority, late majority, skeptic
     *                  or laggard
     * @param tags      split on {@code ;}, trimmed, blanks dropped
     */
    public record ElementFields(
            String sector,
            String level,
            String role,
            Boolean coalition,
            String stage,
            String description,
            List<String> tags) {

        public ElementFields {
            tags = tags == null ? null : List.copyOf(tags);
        }
    }

    /**
     * A person works at an organization.
     *
     * @param role the person's Role cell when the pair came from their Organization cell, else null
     */
    public record Affiliation(String personId, String organizationId, String role) {}

    /**
     * An undirected {@code Knows} tie; the later row in the file won.
     *
     * @param strength 1 to 5, or null: keep the stored strength, or 3 on create
     * @param context  null when blank
     */
    public record Tie(String personIdA, String personIdB, Integer strength, String context) {}

    /** An undirected {@code Partners with} tie between organizations, like {@link Tie}. */
    public record Partnership(String organizationIdA, String organizationIdB, Integer strength, String context) {}

    /** The success answer's counts: distinct elements, ties, affiliations and partnerships in the file. */
    public record Counts(int people, int organizations, int ties, int affiliations, int partnerships) {}
}
