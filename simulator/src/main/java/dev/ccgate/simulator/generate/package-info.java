/**
 * {@code ccgate generate}: synthetic Claude Code traffic for a roster of developers, written as
 * transcript trees, OTel logs or CSV. A {@link dev.ccgate.simulator.generate.SessionSimulator}
 * plays each session (context growing turn by turn, cache reads and writes, subagents, errors) into
 * a {@link dev.ccgate.simulator.generate.Session}; one {@link
 * dev.ccgate.simulator.generate.TrafficWriter} per format renders it. Everything is drawn from one
 * {@link java.util.SplittableRandom} per developer, split in roster order from {@code --seed}, so
 * the same seed writes byte-identical files whatever the thread count.
 */
package dev.ccgate.simulator.generate;
