// title: Headline numbers
// description: The network in a line: the people and organizations on record, the coalition's members and the ties in force on a day, and the sectors where a member counts out of all the stored sectors.
// param to: date = today | The day memberships, affiliations and ties are read at

CALL () {
  MATCH (p:Person)
  RETURN count(p) AS people
}
CALL () {
  MATCH (o:Organization)
  RETURN count(o) AS organizations
}
CALL () {
  MATCH (p:Person)
  WHERE (coalesce(p.coalition, false) OR p.leftAt IS NOT NULL)
    AND (p.joinedAt IS NULL OR p.joinedAt <= $to)
    AND (p.leftAt IS NULL OR p.leftAt > $to)
  CALL (p) {
    MATCH (p)-[:IN_SECTOR]->(s:Sector)
    RETURN s
    UNION
    MATCH (p)-[w:WORKS_AT]->(:Organization)-[:IN_SECTOR]->(s:Sector)
    WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
    RETURN s
  }
  RETURN count(DISTINCT s) AS engaged
}
CALL () {
  MATCH (p:Person)
  WHERE (coalesce(p.coalition, false) OR p.leftAt IS NOT NULL)
    AND (p.joinedAt IS NULL OR p.joinedAt <= $to)
    AND (p.leftAt IS NULL OR p.leftAt > $to)
  RETURN count(p) AS members
}
CALL () {
  MATCH (a:Person)-[k:KNOWS]->(b:Person)
  WHERE a <> b AND (k.since IS NULL OR k.since <= $to) AND (k.until IS NULL OR k.until > $to)
  RETURN count(k) AS ties
}
CALL () {
  MATCH (s:Sector)
  RETURN count(s) AS sectors
}
RETURN people, organizations, members, ties, engaged AS `sectors engaged`, sectors
