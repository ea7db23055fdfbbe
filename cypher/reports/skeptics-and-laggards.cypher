// title: Skeptics and laggards
// description: The people whose adoption stage is skeptic or laggard, each with the coalition member who has the strongest tie to them: the one to keep trying through.
// param to: date = today | The day stages, memberships and ties are read at

MATCH (p:Person)
WHERE p.stage IN ['skeptic', 'laggard']
   OR EXISTS { (p)-[:HAD_STAGE]->(c:StageChange) WHERE c.stage IN ['skeptic', 'laggard'] }
// the stage on the day: the latest change up to it; the stored stage when no history was kept
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STAGE]->(c:StageChange)
  WHERE date(c.at) <= $to
  RETURN c.stage AS staged ORDER BY c.at DESC LIMIT 1
}
WITH p, CASE WHEN EXISTS { (p)-[:HAD_STAGE]->(:StageChange) } THEN staged ELSE p.stage END AS stage
WHERE stage IN ['skeptic', 'laggard']
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
// the member with the strongest tie in force (a tie without strength reads as 3), by name among equals
CALL (p) {
  OPTIONAL MATCH (p)-[k:KNOWS]-(m:Person)
  WHERE m <> p
    AND (coalesce(m.coalition, false) OR m.leftAt IS NOT NULL)
    AND (m.joinedAt IS NULL OR m.joinedAt <= $to)
    AND (m.leftAt IS NULL OR m.leftAt > $to)
    AND (k.since IS NULL OR k.since <= $to) AND (k.until IS NULL OR k.until > $to)
  RETURN m, k ORDER BY coalesce(k.strength, 3) DESC, m.name LIMIT 1
}
RETURN p.name AS person,
       stage,
       o.name AS organization,
       coalesce(own.title, os.title) AS sector,
       m.name AS `closest member`,
       CASE WHEN k IS NULL THEN null ELSE coalesce(k.strength, 3) END AS strength,
       k.context AS context
ORDER BY stage DESC, m IS NULL, strength DESC, person
