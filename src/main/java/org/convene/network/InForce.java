package org.convene.network;

/**
 * Whether a dated fact holds at a date, as Cypher over the parameter {@code $date} (a {@code
 * DATE}): the one place this rule is written. A tie, affiliation or partnership is in force at D
 * when its {@code since} is missing or on or before D and its {@code until} is missing or after D;
 * a membership the same over {@code joinedAt} and {@code leftAt}. Undated facts hold at every date,
 * and a date written around the app that is not a {@code DATE} counts as missing. Today's network is
 * the one in force at today's date ({@link org.convene.system.Today}); other dates ask what the
 * network was then.
 *
 * <p>These are expressions, not filters: put them in a {@code WHERE} of a {@code MATCH}, a
 * subquery or a {@code CASE}. Keep them out of the {@code WHERE} of a pattern comprehension that
 * the projection reads per person: a property filter there can turn the plan into a join of every
 * person with every person (docs/performance.md).
 */
public final class InForce {

    private InForce() {}

    /**
     * A tie, affiliation or partnership bound as {@code relationship} is in force at {@code $date}:
     * never {@code null}.
     */
    public static String at(String relationship) {
        return "(coalesce(%1$s.since <= $date, true) AND coalesce(%1$s.until > $date, true))".formatted(relationship);
    }

    /**
     * The person bound as {@code person} is a coalition member at {@code $date}: a current member
     * ({@code coalition} true) or a former one (a {@code leftAt}), whose {@code joinedAt} is
     * missing or on or before the date and whose {@code leftAt} is missing or after it. Never
     * {@code null}.
     */
    public static String memberAt(String person) {
        return """
                (coalesce(%1$s.joinedAt <= $date, true) AND coalesce(%1$s.leftAt > $date, true) \
                AND (coalesce(%1$s.coalition = true, false) OR %1$s.leftAt IS NOT NULL))""".formatted(person);
    }
}
