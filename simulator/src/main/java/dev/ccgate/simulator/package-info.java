/**
 * The simulator's entry points for the command line: one service call per command ({@link
 * dev.ccgate.simulator.ReportService} for {@code ccgate report}, {@link
 * dev.ccgate.simulator.SimulateService} for {@code ccgate simulate}, {@link
 * dev.ccgate.simulator.DiffService} for {@code ccgate diff}, {@link
 * dev.ccgate.simulator.SweepService} for {@code ccgate sweep}). Subpackages hold the parts: {@code
 * trace} (the model), {@code reader}, {@code load}, {@code store}, {@code replay} (the kernel
 * fold), {@code simulate} (its results), {@code diff} and {@code sweep} (two or more replays lined
 * up), {@code report}, {@code render} and {@code progress}.
 */
package dev.ccgate.simulator;
