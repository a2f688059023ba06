-- bench/matching-data.sql: synthetic matching data for bench/matching, run by psql on a freshly migrated database.
-- psql variables (bench/matching passes them with -v):
--   volunteers  number of volunteers                 neighbourhoods  synthetic neighbourhoods (about; see below)
--   needs       number of OPEN needs                 centres         centres the needs are spread over
--   seed        setseed() argument, in [-1, 1]
-- Deterministic for a given seed and set of variables: every random() call runs in one backend, in one order, and
-- all ids are md5-derived uuids. Nothing here is parallel (INSERT ... SELECT never is).
--
-- Geography. The 64 reference neighbourhoods are too few points for a million people, so :neighbourhoods synthetic
-- neighbourhoods (ids from 900001 up) are made first, each in a real county, jittered up to ±0.15° in latitude and
-- longitude around that county's coordinates. Their number per province follows a ROUGH population share (1395/2016
-- census, rounded; Tehran ~16%, Razavi Khorasan ~8%, Isfahan ~6%, ...); inside a province the capital's county takes
-- half and the other counties share the rest evenly (every county gets at least one). Volunteers and centres are then
-- spread uniformly over the synthetic neighbourhoods, so they follow the same rough population shares.
\set ON_ERROR_STOP on
SELECT setseed(:seed) \g /dev/null

CREATE TEMP TABLE gen_province_weight (province_code text PRIMARY KEY, weight numeric NOT NULL);
INSERT INTO gen_province_weight VALUES
    ('01', 3.4), ('02', 1.6), ('03', 1.5), ('04', 1.2), ('05', 4.9), ('06', 6.1), ('07', 3.2), ('08', 2.3),
    ('09', 2.2), ('10', 2.2), ('11', 0.7), ('12', 6.4), ('13', 4.0), ('14', 2.4), ('15', 5.9), ('16', 0.9),
    ('17', 2.0), ('18', 2.2), ('19', 1.8), ('20', 4.0), ('21', 1.1), ('22', 1.6), ('23', 1.6), ('24', 8.0),
    ('25', 0.9), ('26', 3.5), ('27', 1.0), ('28', 16.0), ('29', 4.1), ('30', 1.4), ('31', 1.3);

-- ---- synthetic neighbourhoods ------------------------------------------------------------------------------------
WITH p AS (
    SELECT province_code, weight / sum(weight) OVER () AS share FROM gen_province_weight
), c AS (
    SELECT c.id, c.province_code, c.lat, c.lon, c.name_fa, c.name_en,
           count(*) OVER (PARTITION BY c.province_code) AS k,
           c.id % 100 = 1 AS capital
    FROM county c
), cn AS (
    SELECT c.id, c.lat, c.lon, c.name_fa, c.name_en,
           greatest(1, round(p.share * :neighbourhoods
                             * CASE WHEN c.k = 1 THEN 1.0 WHEN c.capital THEN 0.5 ELSE 0.5 / (c.k - 1) END))::int AS n
    FROM c JOIN p ON p.province_code = c.province_code
), g AS (
    SELECT cn.id AS county_id, cn.lat, cn.lon, cn.name_fa, cn.name_en, s.g
    FROM cn CROSS JOIN LATERAL generate_series(1, cn.n) AS s(g)
    ORDER BY cn.id, s.g
)
INSERT INTO neighbourhood (id, county_id, district_fa, district_en, name_fa, name_en, lat, lon)
SELECT 900000 + row_number() OVER (ORDER BY county_id, g), county_id, NULL, NULL,
       'محله آزمایشی ' || g || ' ' || name_fa, 'Bench ' || name_en || ' ' || g,
       round((lat + (random() * 0.3 - 0.15))::numeric, 5)::double precision,
       round((lon + (random() * 0.3 - 0.15))::numeric, 5)::double precision
FROM g;

CREATE TEMP TABLE gen_nb AS
SELECT row_number() OVER (ORDER BY id)::int AS k, id, lat, lon FROM neighbourhood WHERE id > 900000;
CREATE UNIQUE INDEX ON gen_nb (k);
ANALYZE gen_nb;
SELECT count(*) AS gen_nb_count FROM gen_nb \gset

-- Skill codes in a fixed order; a skew (power of random()) makes the first codes more common, as some skills are.
CREATE TEMP TABLE gen_skill AS SELECT row_number() OVER (ORDER BY code)::int - 1 AS k, code FROM skill;
SELECT count(*) AS gen_skill_count FROM gen_skill \gset

-- ---- volunteers ----------------------------------------------------------------------------------------------------
-- One row per volunteer with every random choice made once, in order; the volunteer and volunteer_skill rows come
-- from it. Skills: 1-4 distinct codes o, o+st, o+2st, o+3st (mod the skill count), st in 1..12, so never a repeat.
CREATE TEMP TABLE gen_v AS
SELECT i,
       md5('bench-volunteer-' || i)::uuid AS id,
       1 + floor(random() * :gen_nb_count)::int AS nb_k,
       (ARRAY[2, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 10, 15, 15, 25, 50])[1 + floor(random() * 20)::int] AS travel,
       (ARRAY[1, 1, 1, 2, 2, 2, 2, 3, 3, 4])[1 + floor(random() * 10)::int] AS nskills,
       floor(:gen_skill_count * power(random(), 1.5))::int AS s0,
       1 + floor(random() * 12)::int AS st,
       random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
FROM generate_series(1, :volunteers) AS i;

-- Availability: 60 templates of 1-3 slots (days spread over the week), {"day":"SATURDAY","from":"09:00","to":"12:00"} as the service stores them.
CREATE TEMP TABLE gen_availability AS
SELECT t AS k,
       (SELECT jsonb_agg(jsonb_build_object(
                   'day', (ARRAY['SATURDAY', 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'])[1 + (t + 2 * j) % 7],
                   'from', (ARRAY['08:00', '09:00', '10:00', '14:00', '16:00', '17:00', '18:00'])[1 + (t / 7 + 3 * j) % 7],
                   'to',   (ARRAY['11:00', '12:00', '13:00', '17:00', '19:00', '20:00', '21:00'])[1 + (t / 7 + 3 * j) % 7])
                   ORDER BY j)
        FROM generate_series(0, t % 3) AS j) AS slots
FROM generate_series(0, 59) AS t;

-- The bulk load skips the foreign-key triggers (session_replication_role = replica, superuser only): the rows are
-- consistent by construction, and a million FK look-ups would only lengthen the load.
SET session_replication_role = replica;

INSERT INTO volunteer (id, national_id_hmac, national_id_enc, national_id_masked, mobile_hmac, mobile_enc,
                       mobile_masked, first_name, last_name, birth_date, gender, neighbourhood_id, availability,
                       languages, max_travel_km, campaign_id, consent_data_processing, consent_sms, status, created_at)
SELECT v.id,
       sha256(convert_to('nid-' || v.i, 'UTF8')),
       sha256(convert_to('nid-enc-' || v.i, 'UTF8')),
       '*******' || lpad((v.i % 1000)::text, 3, '0'),
       sha256(convert_to('mobile-' || v.i, 'UTF8')),
       sha256(convert_to('mobile-enc-' || v.i, 'UTF8')),
       '+989*****' || lpad((v.i % 10000)::text, 4, '0'),
       CASE WHEN v.r1 < 0.5
            THEN (ARRAY['سارا', 'مریم', 'زهرا', 'فاطمه', 'نرگس', 'لیلا', 'الهام', 'شیرین', 'مهسا', 'آزاده'])[1 + floor(v.r2 * 10)::int]
            ELSE (ARRAY['علی', 'محمد', 'رضا', 'حسین', 'مهدی', 'امیر', 'بهرام', 'کاوه', 'سعید', 'آرش'])[1 + floor(v.r2 * 10)::int] END,
       (ARRAY['رضایی', 'محمدی', 'حسینی', 'احمدی', 'کریمی', 'موسوی', 'جعفری', 'صادقی', 'رحیمی', 'عباسی',
              'قاسمی', 'نوری', 'تهرانی', 'شیرازی', 'تبریزی', 'اصفهانی'])[1 + floor(v.r3 * 16)::int],
       DATE '1960-01-01' + floor(v.r4 * 16000)::int,
       CASE WHEN v.r1 < 0.47 THEN 'FEMALE' WHEN v.r1 < 0.5 THEN NULL WHEN v.r1 < 0.97 THEN 'MALE' END,
       nb.id,
       a.slots,
       CASE WHEN v.r5 < 0.70 THEN '{fa}' WHEN v.r5 < 0.82 THEN '{fa,az}' WHEN v.r5 < 0.92 THEN '{fa,en}'
            WHEN v.r5 < 0.97 THEN '{fa,ku}' ELSE '{fa,ar}' END::text[],
       v.travel,
       (SELECT id FROM campaign WHERE code = 'salam-mahalleh'),
       true,
       v.r6 < 0.6,
       CASE WHEN v.r6 < 0.3 THEN 'ACTIVE' ELSE 'REGISTERED' END,
       TIMESTAMPTZ '2024-11-01 00:00:00+03:30' + v.r4 * 400 * INTERVAL '1 day' + v.r2 * INTERVAL '1 day'
FROM gen_v v
JOIN gen_nb nb ON nb.k = v.nb_k
JOIN gen_availability a ON a.k = v.i % 60;

-- volunteer_skill with V4's copies of the neighbourhood position and the travel limit. The KNN index is built after
-- the load (bench/matching drops it first), which is much faster than growing it row by row.
INSERT INTO volunteer_skill (volunteer_id, skill_code, level, lat, lon, max_travel_km)
SELECT v.id, s.code,
       (ARRAY[1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5])[1 + floor(random() * 11)::int]::smallint,
       nb.lat, nb.lon, v.travel
FROM gen_v v
JOIN gen_nb nb ON nb.k = v.nb_k
CROSS JOIN LATERAL generate_series(0, v.nskills - 1) AS j
JOIN gen_skill s ON s.k = (v.s0 + j * v.st) % :gen_skill_count;

-- ---- one organisation, centres, needs --------------------------------------------------------------------------------
INSERT INTO organisation (code, kind, name_fa, name_en, created_at)
VALUES ('bench-matching', 'WELFARE_OFFICE', 'سازمان آزمایشی', 'Bench organisation', TIMESTAMPTZ '2024-10-01 00:00:00+03:30');

INSERT INTO centre (id, organisation_id, type, name_fa, name_en, address, neighbourhood_id, lat, lon, capacity,
                    opening_hours, contact_phone, created_at, updated_at)
SELECT md5('bench-centre-' || i)::uuid,
       (SELECT id FROM organisation WHERE code = 'bench-matching'),
       'FACILITATION_CENTRE',
       'مرکز تسهیلگری آزمایشی ' || i, 'Bench centre ' || i,
       'خیابان آزمایشی، پلاک ' || i,
       nb.id,
       -- within about a kilometre of the neighbourhood's point
       round((nb.lat + (c.r1 * 0.02 - 0.01))::numeric, 6)::double precision,
       round((nb.lon + (c.r2 * 0.02 - 0.01))::numeric, 6)::double precision,
       20 + floor(c.r3 * 80)::int,
       '[{"day":"SATURDAY","from":"08:00","to":"14:00"},{"day":"MONDAY","from":"08:00","to":"14:00"}]'::jsonb,
       '021' || lpad(i::text, 8, '0'),
       TIMESTAMPTZ '2024-10-15 00:00:00+03:30' + c.r3 * INTERVAL '30 days',
       TIMESTAMPTZ '2024-10-15 00:00:00+03:30' + c.r3 * INTERVAL '30 days'
FROM (SELECT i, 1 + floor(random() * :gen_nb_count)::int AS nb_k, random() AS r1, random() AS r2, random() AS r3
      FROM generate_series(1, :centres) AS i) c
JOIN gen_nb nb ON nb.k = c.nb_k;

CREATE TEMP TABLE gen_need AS
SELECT i,
       md5('bench-need-' || i)::uuid AS id,
       md5('bench-centre-' || (1 + floor(random() * :centres)::int))::uuid AS centre_id,
       (ARRAY[1, 1, 1, 1, 1, 2, 2, 2, 3, 3])[1 + floor(random() * 10)::int] AS nskills,
       floor(:gen_skill_count * power(random(), 1.5))::int AS s0,
       1 + floor(random() * 12)::int AS st,
       random() AS r1, random() AS r2, random() AS r3
FROM generate_series(1, :needs) AS i;

INSERT INTO need (id, centre_id, title, description, target_group, volunteers_needed, starts_on, ends_on, weekly_slots,
                  priority, status, sensitive, created_at, updated_at, languages)
SELECT n.id, n.centre_id, 'نیاز آزمایشی ' || n.i, NULL,
       (ARRAY['ELDERLY', 'WORKING_CHILDREN', 'ADDICTION_RECOVERY', 'HOMELESS', 'WOMEN_HEADED_HOUSEHOLDS',
              'PEOPLE_WITH_DISABILITIES', 'MARGINAL_SETTLEMENTS', 'YOUTH_AND_FAMILIES'])[1 + floor(n.r1 * 8)::int],
       1 + floor(n.r2 * 10)::int,
       NULL, NULL,
       a.slots,
       (ARRAY['LOW', 'NORMAL', 'NORMAL', 'NORMAL', 'HIGH', 'HIGH', 'URGENT'])[1 + floor(n.r3 * 7)::int],
       'OPEN', false,
       TIMESTAMPTZ '2025-01-01 00:00:00+03:30' + n.r3 * INTERVAL '120 days',
       TIMESTAMPTZ '2025-01-01 00:00:00+03:30' + n.r3 * INTERVAL '120 days',
       CASE WHEN n.r1 * 8 - floor(n.r1 * 8) < 0.1 THEN '{fa}' ELSE '{}' END::text[]
FROM gen_need n
JOIN gen_availability a ON a.k = (n.i * 7) % 60;

INSERT INTO need_skill (need_id, skill_code, min_level)
SELECT n.id, s.code, (1 + floor(random() * 3)::int)::smallint
FROM gen_need n
CROSS JOIN LATERAL generate_series(0, n.nskills - 1) AS j
JOIN gen_skill s ON s.k = (n.s0 + j * n.st) % :gen_skill_count;

RESET session_replication_role;
