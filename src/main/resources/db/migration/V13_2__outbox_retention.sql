-- Delivered messages are purged after hamyar.outbox.delivered-retention (OutboxRetention), oldest first, in
-- batches; without this index each purge would read the whole table.
CREATE INDEX outbox_delivered_idx ON outbox (delivered_at) WHERE delivered_at IS NOT NULL;
-- A partner app lists its failed deliveries, newest first (OutboxDeliveries); failed ones are few.
CREATE INDEX outbox_failed_idx ON outbox (failed_at DESC) WHERE failed_at IS NOT NULL AND delivered_at IS NULL;
