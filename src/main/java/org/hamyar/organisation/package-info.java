/**
 * Organisations and their people: staff accounts and partner apps; and the demo data of the demo run.
 * <p>
 * Owns {@code organisation}, {@code staff_account} and {@code partner_client}. The demo's centres and needs are
 * written through {@code centre} and {@code need}.
 */
package org.hamyar.organisation;
