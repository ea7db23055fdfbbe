// title: Organizations without members
// description: The organizations, by sector, where no coalition member works: how many people on record work there, and the member with the strongest tie to one of them, the warmest way in.
// param to: date = today | The day memberships, affiliations and ties are read at
// param sector: sector? | Only this sector (optional)

MATCH (o:Organization)
WHERE NOT EXISTS {
  MATCH (p:Person)-[w:WORKS_AT]->(o)
  WHERE (coalesce(p.coalition, false) OR p.leftAt IS NOT NULL)
    AND (p.joinedAt IS NULL OR p.joinedAt <= $to)
    AND (p.leftAt IS NULL OR p.leftAt > $to)
    AND (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
}
OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:Sector)
WITH o, s
WHERE $sector IS NULL OR s.key = $sector
CALL (o) {
  OPTIONAL MATCH (p:Person)-[w:WORKS_AT]->(o)
  WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
  RETURN count(DISTINCT p) AS people
}
CALL (o) {
  OPTIONAL MATCH (o)<-[w:WORKS_AT]-(p:Person)-[k:KNOWS]-(m:Person)
  WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
    AND (k.since IS NULL OR k.since <= $to) AND (k.until IS NULL OR k.until > $to)
    AND (coalesce(m.coalition, false) OR m.leftAt IS NOT NULL)
    AND (m.joinedAt IS NULL OR m.joinedAt <= $to)
    AND (m.leftAt IS NULL OR m.leftAt > $to)
  RETURN m.name + ' knows ' + p.name + ' (strength ' + toString(coalesce(k.strength, 3)) + ')' AS way
  ORDER BY coalesce(k.strength, 3) DESC, m.name, p.name LIMIT 1
}
RETURN coalesce(s.title, '(no sector)') AS sector,
       o.name AS organization,
       o.level AS level,
       people AS `people on record`,
       way AS `way in`
ORDER BY coalesce(s.position, 1000000), sector, organization
