-- A proposal request that fails is tried again later, not dropped: a transient database error must not lose the
-- proposals a sign-up or an opening need asked for. After hamyar.matching.request-max-attempts failures it is set
-- aside (failed_at), kept where operators can count it (hamyar_proposal_requests_set_aside) and put it back.
-- The key lets the job record a failure after the failed transaction has rolled back (a ctid may have moved).
ALTER TABLE match_request
    ADD COLUMN id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ADD COLUMN attempts        integer     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN failed_at       timestamptz,
    -- What went wrong last: an SQLSTATE or an exception's class, never a message (it may quote personal data).
    ADD COLUMN last_error      text;
UPDATE match_request SET next_attempt_at = requested_at;
-- The job takes the request due first among those not set aside; set-aside ones stay out of its way.
DROP INDEX match_request_requested_idx;
CREATE INDEX match_request_due_idx ON match_request (next_attempt_at) WHERE failed_at IS NULL;
