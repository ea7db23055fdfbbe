// title: Ties into the gaps
// description: The strongest ties from coalition members to people in the sectors where no member counts yet: the warmest ways into each gap, strongest first.
// param to: date = today | The day memberships, affiliations and ties are read at
// param top: integer = 5 | At most this many ties per sector

// the sectors where a member counts: their own, and each of their organizations' in force
CALL () {
  MATCH (m:Person)
  WHERE (coalesce(m.coalition, false) OR m.leftAt IS NOT NULL)
    AND (m.joinedAt IS NULL OR m.joinedAt <= $to)
    AND (m.leftAt IS NULL OR m.leftAt > $to)
  CALL (m) {
    MATCH (m)-[:IN_SECTOR]->(s:Sector)
    RETURN s
    UNION
    MATCH (m)-[w:WORKS_AT]->(:Organization)-[:IN_SECTOR]->(s:Sector)
    WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
    RETURN s
  }
  RETURN collect(DISTINCT s) AS engaged
}
MATCH (s:Sector)
WHERE NOT s IN engaged
// the people of the gap: by their own sector or an organization's
CALL (s) {
  MATCH (q:Person)-[:IN_SECTOR]->(s)
  RETURN q
  UNION
  MATCH (q:Person)-[w:WORKS_AT]->(:Organization)-[:IN_SECTOR]->(s)
  WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
  RETURN q
}
MATCH (q)-[k:KNOWS]-(m:Person)
WHERE (k.since IS NULL OR k.since <= $to) AND (k.until IS NULL OR k.until > $to)
  AND (coalesce(m.coalition, false) OR m.leftAt IS NOT NULL)
  AND (m.joinedAt IS NULL OR m.joinedAt <= $to)
  AND (m.leftAt IS NULL OR m.leftAt > $to)
WITH s, q, m, k ORDER BY coalesce(k.strength, 3) DESC, m.name, q.name
WITH s, collect({person: q.name, member: m.name, strength: coalesce(k.strength, 3), context: k.context})[..$top] AS best
UNWIND best AS tie
RETURN s.title AS sector,
       tie.person AS person,
       tie.member AS member,
       tie.strength AS strength,
       tie.context AS context
ORDER BY coalesce(s.position, 1000000), sector, strength DESC, member, person
