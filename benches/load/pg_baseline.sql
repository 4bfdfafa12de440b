-- pgbench script: one Faro search as SQL, on a random one of the load test's combinations.
-- Full-text match, the same coverage rules as Faro (national, the place's state or county,
-- or within a radius service's reach), staff language first, then nearest; 20 results and
-- the total, as a paged search page needs. pgbench -D ncombos=N sets the combination count.
\set n random(1, :ncombos)
WITH c AS (SELECT * FROM combos WHERE id = :n),
here AS (SELECT c.*, ll_to_earth(c.lat, c.lon) AS earth FROM c)
SELECT s.id, s.name,
       earth_distance(here.earth, ll_to_earth(s.lat, s.lon)) / 1000 AS km,
       count(*) OVER () AS total
FROM here
JOIN services s ON s.search @@ here.query
WHERE s.area = 'national'
   OR (s.area = 'states' AND here.state = ANY (s.states))
   OR (s.area = 'counties' AND here.county = ANY (s.counties))
   OR (s.area = 'radius'
       AND earth_distance(here.earth, ll_to_earth(s.lat, s.lon)) <= s.radius_km * 1000)
ORDER BY here.lang = ANY (s.languages) DESC, km
LIMIT 20;
