// title: Stale records
// description: The records to check before the next meeting: people with no affiliation in force, and people and organizations nobody has changed since a day (a year ago, unless set).
// param before: date = 365 days ago | Records last changed before this day count as stale
// param to: date = today | The day affiliations are read at

MATCH (e:Element)
WHERE e:Person OR e:Organization
WITH e, date(coalesce(e.updatedAt, e.createdAt)) AS changed
WITH e, changed,
     e:Person AND NOT EXISTS {
       MATCH (e)-[w:WORKS_AT]->(:Organization)
       WHERE (w.since IS NULL OR w.since <= $to) AND (w.until IS NULL OR w.until > $to)
     } AS unaffiliated,
     changed IS NULL OR changed < $before AS old
WHERE unaffiliated OR old
RETURN CASE WHEN e:Person THEN 'person' ELSE 'organization' END AS kind,
       e.name AS name,
       CASE WHEN unaffiliated AND old THEN 'no affiliation; not changed since ' + toString(changed)
            WHEN unaffiliated THEN 'no affiliation'
            ELSE 'not changed since ' + coalesce(toString(changed), 'it was stored') END AS reason,
       changed AS `last changed`
ORDER BY kind DESC, old DESC, `last changed`, name
