// title: Weakly tied members
// description: Coalition members with one tie or none to the rest of the coalition: the ones a meeting or a site visit should draw in, with the one member they know and how many people they know in all.
// param to: date = today | The day memberships and ties are read at

MATCH (p:Person)
WHERE (coalesce(p.coalition, false) OR p.leftAt IS NOT NULL)
  AND (p.joinedAt IS NULL OR p.joinedAt <= $to)
  AND (p.leftAt IS NULL OR p.leftAt > $to)
CALL (p) {
  OPTIONAL MATCH (p)-[k:KNOWS]-(m:Person)
  WHERE m <> p
    AND (k.since IS NULL OR k.since <= $to) AND (k.until IS NULL OR k.until > $to)
    AND (coalesce(m.coalition, false) OR m.leftAt IS NOT NULL)
    AND (m.joinedAt IS NULL OR m.joinedAt <= $to)
    AND (m.leftAt IS NULL OR m.leftAt > $to)
  RETURN count(DISTINCT m) AS toMembers, min(m.name) AS tiedTo
}
WITH p, toMembers, tiedTo
WHERE toMembers <= 1
CALL (p) {
  OPTIONAL MATCH (p)-[k:KNOWS]-(q:Person)
  WHERE q <> p AND (k.since IS NULL OR k.since <= $to) AND (k.until IS NULL OR k.until > $to)
  RETURN count(DISTINCT q) AS everyone
}
CALL (p) {
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)
  WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
  RETURN o ORDER BY w.since IS NULL, w.since, w.rank, w.createdAt, o.name LIMIT 1
}
// their sector: their own, else that of their first affiliation in force whose organization has one
CALL (p) {
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)-[:IN_SECTOR]->(s:Sector)
  WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
  RETURN s AS os ORDER BY w.since IS NULL, w.since, w.rank, w.createdAt, o.name, s.key LIMIT 1
}
WITH *, COLLECT { MATCH (p)-[:IN_SECTOR]->(s:Sector) RETURN s ORDER BY s.key LIMIT 1 }[0] AS own
RETURN p.name AS member,
       coalesce(own.title, os.title) AS sector,
       o.name AS organization,
       toMembers AS `ties to members`,
       tiedTo AS `tied to`,
       everyone AS `ties in all`
ORDER BY toMembers, everyone, member
