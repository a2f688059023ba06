/**
 * The pages: the top floor. Page controllers call the same services as the REST resources; no feature imports this
 * package.
 * <p>
 * Owns no table.
 */
package org.hamyar.web;
