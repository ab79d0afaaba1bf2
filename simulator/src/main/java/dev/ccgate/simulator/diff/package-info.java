/**
 * {@code ccgate diff}'s results: two simulations of the same traffic, one per policy, lined up team
 * by team, developer by developer and session by session. {@link PolicyDiffer} builds a {@link
 * PolicyDiff} from two {@link dev.ccgate.simulator.simulate.SimulationReport}s and does no I/O;
 * {@link DiffQuery} says what to compare.
 */
package dev.ccgate.simulator.diff;
