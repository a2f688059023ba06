/**
 * Messages written in the transaction of the change they tell of, and the worker that delivers them with leases,
 * retries and backoff. Which recipients a message has, and how it is delivered, belongs to the recipients' owner:
 * it hands over an {@link org.hamyar.outbox.Outbox.Recipients} query and implements
 * {@link org.hamyar.outbox.OutboxChannel}.
 * <p>
 * Owns {@code outbox}. Depends on no other feature.
 */
package org.hamyar.outbox;
