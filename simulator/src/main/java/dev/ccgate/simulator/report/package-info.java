/**
 * {@code ccgate report}: the spend report without a policy's enforcement. Requests are priced one
 * by one with the price table (integer micro-dollars), grouped by a calendar period and any of
 * developer, team, model and session, and sorted explicitly before rendering. A policy, when given,
 * only supplies teams, developer aliases, the timezone and the prices.
 */
package dev.ccgate.simulator.report;
