/**
 * The simulator's entry points for the command line: one service call per command ({@link
 * dev.ccgate.simulator.ReportService} for {@code ccgate report}, {@link
 * dev.ccgate.simulator.SimulateService} for {@code ccgate simulate}). Subpackages hold the parts:
 * {@code trace} (the model), {@code reader}, {@code load}, {@code store}, {@code replay} (the
 * kernel fold), {@code simulate} (its results), {@code report}, {@code render} and {@code
 * progress}.
 */
package dev.ccgate.simulator;
