/**
 * SMS gateways: an HTTP provider, or the sink of the demo, development and tests.
 * <p>
 * Owns no table.
 */
package org.hamyar.sms;
