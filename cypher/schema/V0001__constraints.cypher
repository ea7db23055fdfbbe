// Every person and organization is an :Element with a stable id and a unique label.
CREATE CONSTRAINT element_id IF NOT EXISTS FOR (e:Element) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT element_name IF NOT EXISTS FOR (e:Element) REQUIRE e.name IS UNIQUE;
CREATE CONSTRAINT sector_key IF NOT EXISTS FOR (s:Sector) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT graph_version_name IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.name IS UNIQUE;
