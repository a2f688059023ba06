-- Pages keep the access token in an HttpOnly cookie; logging out revokes the token by its id until it would have
-- expired anyway, so a copy of the cookie cannot be used after log-out. Rows go once the token has expired.
CREATE TABLE revoked_token (
    jti        text PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX revoked_token_expires_idx ON revoked_token (expires_at);
