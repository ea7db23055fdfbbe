// title: Sector coverage
// description: Each sector of the outreach checklist (and any the community added) with the coalition members who count in it, by their own sector or an organization's; the two schools sectors also split by district and site level. A sector with no member has nobody at the table.
// param to: date = today | The day coverage is read at: memberships and affiliations in force then
// chart: bar label=sector value=members

CALL () {
  MATCH (p:Person)
  WHERE (coalesce(p.coalition, false) OR p.leftAt IS NOT NULL)
    AND (p.joinedAt IS NULL OR p.joinedAt <= $to)
    AND (p.leftAt IS NULL OR p.leftAt > $to)
  // a member counts in their own sector and in the sector of each organization they work at
  CALL (p) {
    MATCH (p)-[:IN_SECTOR]->(s:Sector)
    RETURN s, null AS level
    UNION
    MATCH (p)-[w:WORKS_AT]->(o:Organization)-[:IN_SECTOR]->(s:Sector)
    WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
    RETURN s, o.level AS level
  }
  WITH s, collect(DISTINCT p) AS members,
       collect(DISTINCT CASE WHEN level = 'district' THEN p END) AS district,
       collect(DISTINCT CASE WHEN level = 'site' THEN p END) AS site
  RETURN collect({sector: s, members: members, district: district, site: site}) AS engaged
}
MATCH (s:Sector)
WITH s, [e IN engaged WHERE e.sector = s][0] AS e
WITH s, coalesce(e.members, []) AS members, coalesce(e.district, []) AS district, coalesce(e.site, []) AS site,
     s.key IN ['district-schools', 'site-schools'] AS schools
RETURN s.title AS sector,
       size(members) AS members,
       CASE WHEN schools THEN size(district) END AS `district level`,
       CASE WHEN schools THEN size(site) END AS `site level`,
       CASE WHEN size(members) = 0 THEN 'nobody at the table' ELSE 'engaged' END AS status,
       COLLECT { UNWIND members AS m RETURN m.name ORDER BY m.name } AS who
ORDER BY coalesce(s.position, 1000000), s.title
