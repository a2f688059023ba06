/**
 * What every feature shares: problem+json answers, messages (fa/en), Persian text folding, paging, personal-data
 * crypto, and {@code Idempotency-Key} handling for every create ({@link org.hamyar.common.IdempotencyKeys}).
 * <p>
 * Owns the table {@code idempotency_key}. Depends on no other feature.
 */
package org.hamyar.common;
