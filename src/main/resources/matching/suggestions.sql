-- Open needs a volunteer ($1) could serve: at centres within their travel range (a box on centre_location_idx,
-- then great-circle distance), not yet matched with them, not ended. At most $2, nearest first.
WITH me AS (
    SELECT v.id, nb.lat, nb.lon, v.max_travel_km,
           v.max_travel_km / 110.574 AS dlat,
           v.max_travel_km / (111.320 * cos(radians(nb.lat))) AS dlon
    FROM volunteer v JOIN neighbourhood nb ON nb.id = v.neighbourhood_id
    WHERE v.id = $1 AND v.status IN ('REGISTERED', 'ACTIVE')
)
SELECT n.id, n.title, n.sensitive, c.id, c.name_fa, c.neighbourhood_id, km_between(me.lat, me.lon, c.lat, c.lon) AS km,
       n.priority, n.weekly_slots::text, n.languages, n.starts_on, n.ends_on, n.volunteers_needed,
       (SELECT json_agg(json_build_object('code', s.skill_code, 'minLevel', s.min_level))::text
        FROM need_skill s WHERE s.need_id = n.id) AS skills
FROM me
JOIN centre c ON c.lat BETWEEN me.lat - me.dlat AND me.lat + me.dlat
             AND c.lon BETWEEN me.lon - me.dlon AND me.lon + me.dlon
JOIN need n ON n.centre_id = c.id AND n.status = 'OPEN'
WHERE km_between(me.lat, me.lon, c.lat, c.lon) <= me.max_travel_km
  AND (n.ends_on IS NULL OR n.ends_on >= $3::date)
  AND NOT EXISTS (SELECT 1 FROM match m WHERE m.need_id = n.id AND m.volunteer_id = me.id)
ORDER BY km
LIMIT $2
