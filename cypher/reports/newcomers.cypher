// title: Newcomers in a period
// description: Members who joined the coalition between two dates, with sector and organization.
// param from: date = start of quarter | First day of the period
// param to: date = today | Last day of the period
// param sector: sector? | Only this sector (optional)
// chart: bar label=sector value=newcomers

// A newcomer joined for the first time in the period (joinedAt keeps the first join).
MATCH (p:Person)
WHERE p.joinedAt >= $from AND p.joinedAt <= $to
// their first affiliation in force at the end of the period
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
WITH p, o, coalesce(own, os) AS sector
WHERE $sector IS NULL OR sector.key = $sector
WITH sector, p, o ORDER BY p.joinedAt, p.name
RETURN coalesce(sector.title, '(no sector)') AS sector,
       count(p) AS newcomers,
       collect(p.name + CASE WHEN o IS NULL THEN '' ELSE ', ' + o.name END
               + ' (joined ' + toString(p.joinedAt) + ')') AS who
ORDER BY newcomers DESC, sector
