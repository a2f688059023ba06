/**
 * The embedded PostgreSQL of the demo, development and test runs (left out of the {@code -Pexternal-db} build). Owns
 * no table.
 */
package org.hamyar.embedded;
