// title: Partnerships by sector
// description: The partnerships between organizations in force on a day, for each sector: how many of its organizations have a partner, how many partnerships they hold, how many stay within the sector, and the sectors they reach.
// param to: date = today | The day partnerships are read at
// chart: bar label=sector value=partnerships

MATCH (a:Organization)-[r:PARTNERS_WITH]-(b:Organization)
WHERE a <> b
  AND (r.since IS NULL OR r.since <= $to) AND (r.until IS NULL OR r.until > $to)
OPTIONAL MATCH (a)-[:IN_SECTOR]->(sa:Sector)
OPTIONAL MATCH (b)-[:IN_SECTOR]->(sb:Sector)
WITH sa, a, r, sb
WITH sa,
     count(DISTINCT a) AS organizations,
     count(DISTINCT r) AS partnerships,
     count(DISTINCT CASE WHEN sa = sb THEN r END) AS within,
     collect(DISTINCT CASE WHEN sb IS NULL OR sa IS NULL OR sb <> sa THEN coalesce(sb.title, '(no sector)') END) AS reached
RETURN coalesce(sa.title, '(no sector)') AS sector,
       organizations,
       partnerships,
       within AS `within the sector`,
       partnerships - within AS `across sectors`,
       COLLECT { UNWIND reached AS title RETURN title ORDER BY title } AS `partner sectors`
ORDER BY partnerships DESC, coalesce(sa.position, 1000000), sector
