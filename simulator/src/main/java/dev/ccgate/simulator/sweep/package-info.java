/**
 * {@code ccgate sweep}'s results: the same traffic replayed once per candidate limit of one budget
 * (a team's, the org's, or every developer's default), to see which cap each team should get.
 * {@link SweptBudget} names the budget and rewrites a policy with another limit for it; nothing
 * here does I/O.
 */
package dev.ccgate.simulator.sweep;
