/**
 * The simulator's entry points for the command line: one service call per command ({@link
 * dev.ccgate.simulator.ReportService} for {@code ccgate report}). Subpackages hold the parts:
 * {@code trace} (the model), {@code reader}, {@code load}, {@code store}, {@code report}, {@code
 * render} and {@code progress}.
 */
package dev.ccgate.simulator;
