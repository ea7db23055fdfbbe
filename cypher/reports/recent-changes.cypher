// title: Recent changes
// description: Who changed what in a period: the people, organizations, ties, affiliations, partnerships and sectors last created or changed between two dates, newest first, with the user who did it.
// param from: date = 30 days ago | First day of the period
// param to: date = today | Last day of the period
// param user: string? | Only this user's changes (optional)
// param limit: integer = 1000 | At most this many changes, the newest
// role: ADMIN

// Each branch keeps what it changed, so the names are made only for the newest few.
CALL () {
  MATCH (e:Element)
  WHERE date(e.updatedAt) >= $from AND date(e.updatedAt) <= $to AND ($user IS NULL OR e.updatedBy = $user)
  RETURN e.updatedAt AS at, e.updatedBy AS user, e.createdAt AS created,
         CASE WHEN e:Person THEN 'person' ELSE 'organization' END AS what, e AS first, null AS second
  UNION ALL
  MATCH (a:Person)-[k:KNOWS]->(b:Person)
  WHERE date(k.updatedAt) >= $from AND date(k.updatedAt) <= $to AND ($user IS NULL OR k.updatedBy = $user)
  RETURN k.updatedAt AS at, k.updatedBy AS user, k.createdAt AS created, 'tie' AS what, a AS first, b AS second
  UNION ALL
  MATCH (p:Person)-[w:WORKS_AT]->(o:Organization)
  WHERE date(w.updatedAt) >= $from AND date(w.updatedAt) <= $to AND ($user IS NULL OR w.updatedBy = $user)
  RETURN w.updatedAt AS at, w.updatedBy AS user, w.createdAt AS created, 'affiliation' AS what,
         p AS first, o AS second
  UNION ALL
  MATCH (a:Organization)-[r:PARTNERS_WITH]->(b:Organization)
  WHERE date(r.updatedAt) >= $from AND date(r.updatedAt) <= $to AND ($user IS NULL OR r.updatedBy = $user)
  RETURN r.updatedAt AS at, r.updatedBy AS user, r.createdAt AS created, 'partnership' AS what,
         a AS first, b AS second
  UNION ALL
  MATCH (s:Sector)
  WHERE date(s.updatedAt) >= $from AND date(s.updatedAt) <= $to AND ($user IS NULL OR s.updatedBy = $user)
  RETURN s.updatedAt AS at, s.updatedBy AS user, s.createdAt AS created, 'sector' AS what, s AS first, null AS second
}
WITH at, user, created, what, first, second
ORDER BY at DESC
LIMIT $limit
RETURN at AS `changed at`,
       user,
       CASE WHEN created = at THEN 'created' ELSE 'changed' END AS change,
       what,
       coalesce(first.name, first.title)
         + CASE what WHEN 'affiliation' THEN ' at ' + second.name
                     WHEN 'tie' THEN ' – ' + second.name
                     WHEN 'partnership' THEN ' – ' + second.name
                     ELSE '' END AS name
