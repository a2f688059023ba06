-- The national administrator and the accounts it manages (issue 13, part B).
-- An administrator is a staff_account without organisation or region; it acts nationally on organisations, staff
-- accounts and partner apps, never on volunteers.
ALTER TABLE staff_account
    ADD COLUMN role text NOT NULL DEFAULT 'STAFF' CHECK (role IN ('STAFF', 'ADMIN')),
    -- A new or reset account has no password until its holder sets one through the link sent by SMS.
    ALTER COLUMN password_hash DROP NOT NULL,
    ALTER COLUMN organisation_id DROP NOT NULL,
    -- The mobile the set-password links go to: encrypted (AES-GCM) and masked, never in clear.
    ADD COLUMN mobile_enc bytea,
    ADD COLUMN mobile_masked text,
    ADD COLUMN disabled_at timestamptz,
    -- Disabling or resetting an account ends the tokens it was given before: they must be issued after this.
    ADD COLUMN tokens_valid_after timestamptz,
    DROP CONSTRAINT staff_account_check,
    ADD CONSTRAINT staff_account_place_check CHECK (
        (role = 'ADMIN' AND organisation_id IS NULL AND region_province IS NULL AND region_county IS NULL)
        OR (role = 'STAFF' AND organisation_id IS NOT NULL AND (region_province IS NULL) <> (region_county IS NULL)));

-- One live set-password link per account; only the SHA-256 of its 256-bit random token is kept.
CREATE TABLE staff_password_link (
    staff_id     uuid PRIMARY KEY REFERENCES staff_account (id) ON DELETE CASCADE,
    token_sha256 bytea       NOT NULL UNIQUE,
    expires_at   timestamptz NOT NULL
);

ALTER TABLE audit_entry
    DROP CONSTRAINT audit_entry_actor_kind_check,
    ADD CONSTRAINT audit_entry_actor_kind_check
        CHECK (actor_kind IN ('VOLUNTEER', 'STAFF', 'PARTNER', 'SYSTEM', 'ADMIN'));

CREATE INDEX staff_account_organisation_idx ON staff_account (organisation_id);
CREATE INDEX partner_client_organisation_idx ON partner_client (organisation_id);
