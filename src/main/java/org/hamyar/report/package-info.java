/**
 * Figures for the people who run a region: sign-ups, matches, needs, hours served and review times, and the CSV of
 * matches. Reads the owners' tables in a few aggregate queries; writes nothing and owns no table.
 */
package org.hamyar.report;
