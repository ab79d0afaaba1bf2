package dev.ccgate.simulator.sweep;

import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SimulationTotals;

/**
 * The replay at one limit.
 *
 * @param limitMicros the swept budget's limit
 * @param policyLimit whether it is the policy's own
 * @param totals all traffic
 * @param team the swept team's numbers (null when the sweep is not of a team's budget, or the team
 *     had no requests)
 */
public record SweepPoint(
    long limitMicros, boolean policyLimit, SimulationTotals totals, GroupResult team) {}
