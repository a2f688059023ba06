-- Matching: candidate search on indexes, the match workflow, and the outbox that tells volunteers and partner apps.

-- btree_gist lets one GiST index hold the skill code beside the position, so the nearest holders of a skill come
-- first straight from the index (a KNN scan) instead of sorting every holder. It is a trusted extension.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Kilometres on a plane that is true at 32.5°N, Iran's middle latitude: good enough to walk the index nearest
-- first (off by under 10% at the far north and south). Travel limits and scores use great-circle distance.
CREATE FUNCTION plane_km(lat double precision, lon double precision) RETURNS point
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN point(lon * 93.886, lat * 110.574);

CREATE FUNCTION km_between(lat1 double precision, lon1 double precision, lat2 double precision,
                           lon2 double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN 2 * 6371.0088 * asin(sqrt(power(sin(radians(lat2 - lat1) / 2), 2)
                                     + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)));

-- Where each skill holder lives and how far they travel, copied onto the skill row so that one index answers
-- "the nearest holders of this skill who would travel this far". Kept in step by the trigger below.
ALTER TABLE volunteer_skill
    ADD COLUMN lat double precision,
    ADD COLUMN lon double precision,
    ADD COLUMN max_travel_km integer;
UPDATE volunteer_skill s SET lat = n.lat, lon = n.lon, max_travel_km = v.max_travel_km
FROM volunteer v JOIN neighbourhood n ON n.id = v.neighbourhood_id
WHERE v.id = s.volunteer_id;
ALTER TABLE volunteer_skill
    ALTER COLUMN lat SET NOT NULL,
    ALTER COLUMN lon SET NOT NULL,
    ALTER COLUMN max_travel_km SET NOT NULL;
CREATE INDEX volunteer_skill_nearest_idx ON volunteer_skill USING gist (skill_code, plane_km(lat, lon));

CREATE FUNCTION volunteer_skill_follow_volunteer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE volunteer_skill s SET lat = n.lat, lon = n.lon, max_travel_km = NEW.max_travel_km
    FROM neighbourhood n WHERE n.id = NEW.neighbourhood_id AND s.volunteer_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER volunteer_moved AFTER UPDATE OF neighbourhood_id, max_travel_km ON volunteer
    FOR EACH ROW WHEN (OLD.neighbourhood_id IS DISTINCT FROM NEW.neighbourhood_id
                       OR OLD.max_travel_km IS DISTINCT FROM NEW.max_travel_km)
    EXECUTE FUNCTION volunteer_skill_follow_volunteer();

-- A need may ask for volunteers who speak one of some languages (ISO 639-1); empty means any.
ALTER TABLE need ADD COLUMN languages text[] NOT NULL DEFAULT '{}';

-- A proposed pairing of a volunteer with a need, and where it stands in the review workflow.
CREATE TABLE match (
    id                uuid PRIMARY KEY,
    need_id           uuid             NOT NULL REFERENCES need (id),
    volunteer_id      uuid             NOT NULL REFERENCES volunteer (id),
    status            text             NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'INVITED',
                                           'ACCEPTED', 'WAITLISTED', 'DECLINED', 'ACTIVE', 'COMPLETED', 'CANCELLED',
                                           'NO_SHOW')),
    origin            text             NOT NULL CHECK (origin IN ('AUTOMATIC', 'MANUAL')),
    score             double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
    reasons           jsonb            NOT NULL,
    hours_served      numeric(6, 1)    CHECK (hours_served > 0),
    created_at        timestamptz      NOT NULL,
    status_changed_at timestamptz      NOT NULL,
    -- When the volunteer said yes: the order in which the waitlist moves up.
    accepted_at       timestamptz,
    CONSTRAINT match_pair_uk UNIQUE (need_id, volunteer_id)
);
CREATE INDEX match_need_status_idx ON match (need_id, status);
CREATE INDEX match_volunteer_idx ON match (volunteer_id, status);
CREATE INDEX match_proposed_idx ON match (created_at) WHERE status = 'PROPOSED';

-- Every move of a match: who, when, from, to and why.
CREATE TABLE match_transition (
    id              bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    match_id        uuid          NOT NULL REFERENCES match (id),
    from_status     text,
    to_status       text          NOT NULL,
    at              timestamptz   NOT NULL,
    actor_kind      text          NOT NULL CHECK (actor_kind IN ('VOLUNTEER', 'STAFF', 'PARTNER', 'SYSTEM')),
    actor_id        text          NOT NULL,
    actor_name      text,
    organisation_id bigint,
    reason          text,
    hours           numeric(6, 1)
);
CREATE INDEX match_transition_match_idx ON match_transition (match_id, id);

-- Proposals to make: a need that opened or a volunteer who signed up. A queue without a key that the proposal job
-- claims by ctid, oldest first, so a sign-up adds one small row and waits for no matching.
CREATE TABLE match_request (
    need_id      uuid,
    volunteer_id uuid,
    requested_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((need_id IS NULL) <> (volunteer_id IS NULL))
);
-- The job takes the oldest request first; without this every claim would sort the whole queue, which during a
-- burst of sign-ups holds tens of thousands of rows.
CREATE INDEX match_request_requested_idx ON match_request (requested_at);

-- Partner apps' webhook subscriptions. The signing secret is kept encrypted: the service needs it back to sign.
CREATE TABLE webhook_subscription (
    id              uuid PRIMARY KEY,
    client_id       text        NOT NULL REFERENCES partner_client (client_id),
    organisation_id bigint      NOT NULL REFERENCES organisation (id),
    url             text        NOT NULL,
    events          text[]      NOT NULL,
    secret_enc      bytea       NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT webhook_subscription_url_uk UNIQUE (client_id, url)
);
CREATE INDEX webhook_subscription_organisation_idx ON webhook_subscription (organisation_id);

-- Messages to send, written in the same transaction as the change they tell of; a worker delivers them. The id is
-- the event id a receiver deduplicates by. An SMS names its volunteer, never a number: the mobile is decrypted
-- only when sending.
CREATE TABLE outbox (
    id              uuid PRIMARY KEY,
    channel         text        NOT NULL CHECK (channel IN ('SMS', 'WEBHOOK')),
    volunteer_id    uuid        REFERENCES volunteer (id),
    subscription_id uuid        REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_type      text        NOT NULL,
    payload         jsonb       NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL,
    CHECK ((channel = 'SMS') = (volunteer_id IS NOT NULL)),
    CHECK ((channel = 'WEBHOOK') = (subscription_id IS NOT NULL))
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
