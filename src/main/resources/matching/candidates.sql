-- The candidate pool for a need ($1): for each skill it asks for, up to $2 holders of that skill who would travel to
-- its centre and have no match with it yet, taken nearest first from the 20 × $2 nearest holders, walked on
-- volunteer_skill_nearest_idx.
-- MatchScoring ranks the pool in the service; bench/matching times this same file with and without the indexes.
WITH target AS (
    SELECT n.id, c.lat, c.lon, plane_km(c.lat, c.lon) AS here
    FROM need n JOIN centre c ON c.id = n.centre_id
    WHERE n.id = $1
), nearest AS (
    SELECT k.volunteer_id, min(k.km) AS km
    FROM target t
    CROSS JOIN (SELECT skill_code FROM need_skill WHERE need_id = $1) r
    CROSS JOIN LATERAL (
        SELECT near.volunteer_id, near.km
        FROM (
            -- Nearest first, looking at no more than 20 × $2 holders: where few of them would travel this far (a
            -- sparse county), the walk stops there instead of crossing the country rejecting each one.
            SELECT s.volunteer_id, s.max_travel_km, km_between(s.lat, s.lon, t.lat, t.lon) AS km,
                   plane_km(s.lat, s.lon) <-> t.here AS away
            FROM volunteer_skill s
            WHERE s.skill_code = r.skill_code
            ORDER BY away
            LIMIT 20 * $2
        ) near
        WHERE near.km <= near.max_travel_km
          AND NOT EXISTS (SELECT 1 FROM match m WHERE m.need_id = t.id AND m.volunteer_id = near.volunteer_id)
        -- Already in this order, so no sort: the walk still stops at the $2-th holder kept.
        ORDER BY near.away
        LIMIT $2
    ) k
    GROUP BY k.volunteer_id
)
SELECT v.id, v.first_name, v.last_name, v.neighbourhood_id, n.km, v.max_travel_km, v.availability::text, v.languages,
       (SELECT json_agg(json_build_object('code', s.skill_code, 'level', s.level))::text
        FROM volunteer_skill s WHERE s.volunteer_id = v.id) AS skills,
       (SELECT count(*) FROM match m WHERE m.volunteer_id = v.id AND m.status IN ('ACCEPTED', 'ACTIVE')) AS load
FROM nearest n JOIN volunteer v ON v.id = n.volunteer_id
WHERE v.status IN ('REGISTERED', 'ACTIVE')
