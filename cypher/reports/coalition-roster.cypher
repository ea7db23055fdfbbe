// title: Coalition roster
// description: The coalition's members on a day, by sector and adoption stage, with their organization, their role and the day they joined.
// param to: date = today | The day the roster is read at: memberships, affiliations and stages in force then
// param sector: sector? | Only the members of this sector (optional)

// A member on the day: joined on or before it (or undated) and not left by then.
MATCH (p:Person)
WHERE (coalesce(p.coalition, false) OR p.leftAt IS NOT NULL)
  AND (p.joinedAt IS NULL OR p.joinedAt <= $to)
  AND (p.leftAt IS NULL OR p.leftAt > $to)
// their first affiliation in force: earliest since (undated last), then the file's order, then creation, then name
CALL (p) {
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)
  WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
  RETURN o, w ORDER BY w.since IS NULL, w.since, w.rank, w.createdAt, o.name LIMIT 1
}
// their sector: their own, else that of their first affiliation in force whose organization has one
CALL (p) {
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)-[:IN_SECTOR]->(s:Sector)
  WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
  RETURN s AS os ORDER BY w.since IS NULL, w.since, w.rank, w.createdAt, o.name, s.key LIMIT 1
}
WITH *, COLLECT { MATCH (p)-[:IN_SECTOR]->(s:Sector) RETURN s ORDER BY s.key LIMIT 1 }[0] AS own
WITH p, o, w, coalesce(own, os) AS s
WHERE $sector IS NULL OR s.key = $sector
// the stage on the day: the latest change up to it; the stored stage when no history was kept
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STAGE]->(c:StageChange)
  WHERE date(c.at) <= $to
  RETURN c.stage AS staged ORDER BY c.at DESC LIMIT 1
}
WITH p, o, w, s,
     CASE WHEN EXISTS { (p)-[:HAD_STAGE]->(:StageChange) } THEN staged ELSE p.stage END AS stage
RETURN coalesce(s.title, '(no sector)') AS sector,
       coalesce(stage, '(no stage)') AS stage,
       p.name AS member,
       o.name AS organization,
       coalesce(w.role, p.role) AS role,
       p.joinedAt AS joined
ORDER BY coalesce(s.position, 1000000), sector,
         CASE stage WHEN 'innovator' THEN 1 WHEN 'early adopter' THEN 2 WHEN 'early majority' THEN 3
                    WHEN 'late majority' THEN 4 WHEN 'skeptic' THEN 5 WHEN 'laggard' THEN 6 ELSE 7 END,
         member
