/**
 * Partner apps' webhook subscriptions, and the signed delivery of events to them.
 * <p>
 * Owns {@code webhook_subscription}; reads {@code partner_client} for an app's region.
 */
package org.hamyar.webhook;
