package org.convene.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.convene.analysis.BridgeBuilder;
import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.InfluencePaths;
import org.convene.analysis.Introducers;
import org.convene.analysis.RecruitNext;

/**
 * The sentences the answers carry, worded from the facts the analysis returns (people, counts,
 * sector keys, statuses): the one place where explanations are written. The analysis returns no
 * sentences, so what it finds can be tested apart from how it is said, and the wording changes in
 * one file.
 */
final class Explanations {

    /** How many sector titles a recruit's reason names before it says "and N more". */
    private static final int SECTORS_IN_A_REASON = 3;

    /** How many sector titles a bridge-builder's explanation names before it says "and N more". */
    private static final int SECTORS_IN_A_BRIDGE = 4;

    /** From this share of the highest betweenness among non-members on, a recruit's reasons say so. */
    private static final double MANY_SHORTEST_PATHS = 0.25;

    private Explanations() {}

    /** Why to recruit someone: sectors brought, reach added, sectors connected, betweenness. */
    static List<String> recruitReasons(CoalitionGraph graph, RecruitNext.Recruit recruit) {
        List<String> reasons = new ArrayList<>();
        if (!recruit.newSectors().isEmpty()) {
            reasons.add("would bring " + sectors(graph, recruit.newSectors(), SECTORS_IN_A_REASON) + " to the table");
        }
        int reached = recruit.newlyWithinReach();
        if (reached > 0) {
            reasons.add(
                    "puts " + reached + (reached == 1 ? " more person" : " more people") + " within two strong ties");
        }
        if (recruit.connectedSectors().size() > 1) {
            reasons.add("connects " + sectors(graph, recruit.connectedSectors(), SECTORS_IN_A_REASON));
        }
        if (recruit.relativeBetweenness() >= MANY_SHORTEST_PATHS) {
            reasons.add("lies on many shortest paths between other people");
        }
        return reasons;
    }

    /**
     * One or two sentences on a bridge-builder that a coordinator can act on.
     *
     * @param sectors the sectors they connect, the unknown sector left out
     * @param clusters the clusters of the network their ties reach into, their own included
     */
    static String bridge(CoalitionGraph graph, BridgeBuilder<Integer> b, List<String> sectors, int clusters) {
        var text = new StringBuilder(graph.name(b.person()));
        var roles = b.roles();
        if (roles.acrossSectors() > 0) {
            text.append(" connects ")
                    .append(roles.acrossSectors())
                    .append(roles.acrossSectors() == 1 ? " pair" : " pairs")
                    .append(" of people across sectors who do not know each other");
            if (!sectors.isEmpty()) {
                text.append(", spanning ").append(sectors(graph, sectors, SECTORS_IN_A_BRIDGE));
            }
            text.append(String.format(
                    Locale.ROOT,
                    " (liaison %d, gatekeeper/representative %d, consultant %d, coordinator %d)",
                    roles.liaison(),
                    roles.gatekeeper(),
                    roles.consultant(),
                    roles.coordinator()));
        } else {
            text.append(" brokers no pairs across sectors");
        }
        text.append('.');
        if (clusters > 1) {
            text.append(" Their ties reach into ").append(clusters).append(" clusters of the network.");
        }
        if (b.cutpoint()) {
            text.append(" They are the only link for ")
                    .append(b.peopleCutOff())
                    .append(b.peopleCutOff() == 1 ? " person" : " people")
                    .append(": without them those people are cut off from the rest.");
        }
        return text.toString();
    }

    /** "Ada asks Bo (strength 4, colleague), who asks Cy (strength 3, board): about a 35% chance …" */
    static String path(List<Ref> people, List<ReachAnswer.Step> steps, double probability) {
        var text = new StringBuilder(people.get(0).name());
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            text.append(i == 0 ? " asks " : ", who asks ")
                    .append(people.get(i + 1).name())
                    .append(" (strength ")
                    .append(step.strength());
            if (step.context() != null) {
                text.append(", ").append(step.context());
            }
            text.append(')');
        }
        return text.append(String.format(
                        Locale.ROOT, ": about a %.0f%% chance the introduction happens.", probability * 100))
                .toString();
    }

    /** Why a reach has no paths; {@code null} when it has some. */
    static String noPaths(InfluencePaths.Reach reach) {
        String target = reach.target().name();
        int maxHops = reach.maxHops();
        return switch (reach.status()) {
            case FOUND -> null;
            case TARGET_IS_MEMBER -> target + " is already a coalition member.";
            case NO_MEMBERS -> "The coalition has no members to start from.";
            case NO_PATH -> {
                if (reach.nearestMembers().isEmpty()) {
                    yield "No coalition member is connected to " + target + ".";
                }
                var nearest = reach.nearestMembers().get(0);
                yield "No coalition member reaches " + target + " within " + maxHops
                        + (maxHops == 1 ? " tie" : " ties") + "; the nearest is "
                        + nearest.member().name() + ", "
                        + nearest.hops() + " ties away.";
            }
        };
    }

    /** An introducer's path count as people read it: {@code "12"}, or {@code "1000+"} when counting stopped. */
    static String pathCount(Introducers.Introducer introducer) {
        return introducer.countCapped() ? introducer.pathCount() + "+" : Integer.toString(introducer.pathCount());
    }

    /** "Business", "Faith communities and Housing", "A, B, C and 2 more sectors": at most {@code named} titles. */
    private static String sectors(CoalitionGraph graph, List<String> keys, int named) {
        List<String> titles = keys.stream().limit(named).map(graph::sectorTitle).toList();
        int more = keys.size() - titles.size();
        if (titles.isEmpty()) {
            return "";
        }
        if (more > 0) {
            return String.join(", ", titles) + " and " + more + (more == 1 ? " more sector" : " more sectors");
        }
        if (titles.size() == 1) {
            return titles.get(0);
        }
        return String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
    }
}
