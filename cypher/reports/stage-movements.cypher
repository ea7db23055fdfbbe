// title: Stage movements in a period
// description: Every change of a person's adoption stage between two dates that follows an earlier stage, from the stage history: who moved, from which stage to which, when, and who recorded it.
// param from: date = start of quarter | First day of the period
// param to: date = today | Last day of the period
// param person: person? | Only this person (optional)

MATCH (p:Person)-[:HAD_STAGE]->(c:StageChange)
WHERE date(c.at) >= $from AND date(c.at) <= $to
  AND ($person IS NULL OR p.id = $person)
// the change before it: a first stage on record is no movement
CALL (p, c) {
  MATCH (p)-[:HAD_STAGE]->(before:StageChange)
  WHERE before.at < c.at
  RETURN before ORDER BY before.at DESC LIMIT 1
}
WITH p, c, before
WHERE before.stage <> c.stage
RETURN date(c.at) AS date,
       p.name AS person,
       before.stage AS `from stage`,
       c.stage AS `to stage`,
       date(before.at) AS `since`,
       c.by AS `recorded by`,
       c.note AS note
ORDER BY date, person
