/**
 * Loading traces: finding files under {@code --traces} and telling their formats ({@link
 * dev.ccgate.simulator.load.TraceDiscovery}), running the readers in parallel and appending their
 * rows in file order ({@link dev.ccgate.simulator.load.TraceLoader}), and the {@link
 * dev.ccgate.simulator.load.LoadReport} that accounts for every line.
 */
package dev.ccgate.simulator.load;
