/**
 * Organisations and their people: staff accounts and partner apps, managed by the national administrator under
 * {@code /api/v1/admin} (the administrator itself is made from configuration, {@link AdminAccount}); and the demo
 * data of the demo run.
 * <p>
 * Owns {@code organisation}, {@code staff_account} and {@code partner_client}. The demo's centres and needs are
 * written through {@code centre} and {@code need}.
 */
package org.hamyar.organisation;
