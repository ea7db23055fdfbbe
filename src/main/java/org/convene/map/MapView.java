package org.convene.map;

import java.util.List;

/**
 * What the map draws, in Cytoscape.js's element format: people and organizations as nodes, ties,
 * affiliations and partnerships as edges. {@code complete} is false when the network is too large
 * to draw whole and this is a part of it, which {@code notice} describes.
 */
record MapView(
        Totals total,
        int shownPeople,
        int shownOrganizations,
        boolean complete,
        String notice,
        String focus,
        Integer hops,
        List<Element<Node>> nodes,
        List<Element<Edge>> edges) {

    /** How much the whole stored network holds. */
    record Totals(long people, long organizations, long ties) {

        long nodes() {
            return people + organizations;
        }
    }

    /** Cytoscape wants each element's fields under {@code data}. */
    record Element<T>(T data) {}

    /**
     * A person ({@code type} "person": role, organization, coalition, stage, degree) or an
     * organization ({@code type} "organization": level); both with the sector that colours them.
     */
    record Node(
            String id,
            String label,
            String type,
            String sector,
            String role,
            String organization,
            Boolean coalition,
            String stage,
            String level,
            Integer degree) {}

    /** A tie ({@code type} "knows"), an affiliation ("works-at") or a partnership ("partners"). */
    record Edge(String id, String source, String target, String type, Integer strength, String context, String role) {}
}
