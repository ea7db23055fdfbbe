// Look-ups by id and label per element type, and by relationship id.
CREATE INDEX person_id IF NOT EXISTS FOR (p:Person) ON (p.id);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX organization_id IF NOT EXISTS FOR (o:Organization) ON (o.id);
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX knows_id IF NOT EXISTS FOR ()-[k:KNOWS]-() ON (k.id);
CREATE INDEX works_at_id IF NOT EXISTS FOR ()-[w:WORKS_AT]-() ON (w.id);
CREATE INDEX partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.id);
