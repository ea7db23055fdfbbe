package org.convene.network;

/**
 * The rule of a coalition membership, one interval per person, as one Cypher subquery that the
 * API and the import share: joining dates the membership today unless a join date is given;
 * leaving keeps {@code joinedAt} and sets {@code leftAt} to today unless a leaving date is given;
 * re-joining clears {@code leftAt} and keeps the first {@code joinedAt} (a join date given then
 * counts only when it is earlier). A non-member with a join
 * date has left (when no leaving date is known, today), so {@link InForce#memberAt} reads every
 * stored membership alike.
 */
public final class Membership {

    private Membership() {}

    /**
     * A {@code CALL} that writes the membership of the person bound as {@code person}.
     *
     * @param scope     the variables the subquery imports: the person and whatever the
     *                  expressions name (for an import, {@code "e, row"})
     * @param coalition an expression: {@code true} joins, {@code false} leaves, {@code null} keeps
     *                  (leaving when a leaving date is given)
     * @param joined    an expression: the join date to store, or {@code null}
     * @param left      an expression: the leaving date to store, or {@code null}
     *     <p>The query binds {@code $today}, today's date.
     */
    public static String update(String person, String scope, String coalition, String joined, String left) {
        return """
                CALL (%2$s) {
                  WITH %2$s, coalesce(%3$s, CASE WHEN %5$s IS NOT NULL THEN false END, %1$s.coalition = true, false) AS member,
                       coalesce(%1$s.coalition = true, false) AS wasMember
                  WITH %2$s, member, wasMember,
                       CASE WHEN member AND NOT wasMember AND %1$s.joinedAt IS NOT NULL
                                 THEN CASE WHEN %4$s < %1$s.joinedAt THEN %4$s ELSE %1$s.joinedAt END
                            WHEN %4$s IS NOT NULL THEN %4$s
                            WHEN member AND NOT wasMember THEN $today
                            ELSE %1$s.joinedAt END AS joined
                  SET %1$s.coalition = member, %1$s.joinedAt = joined,
                      %1$s.leftAt = CASE WHEN member THEN null
                                         WHEN %5$s IS NOT NULL THEN %5$s
                                         WHEN wasMember THEN $today
                                         WHEN joined IS NOT NULL THEN coalesce(%1$s.leftAt, $today)
                                         ELSE %1$s.leftAt END
                }
                """.formatted(person, scope, coalition, joined, left);
    }
}
