/**
 * Renderers of a finished report (spend, simulation, diff, sweep), one class per format and report
 * kind, sharing their sections and field lists: each gets the report and a {@link java.io.Writer},
 * nothing else. Numbers are formatted with {@code Locale.ROOT}; money is exact decimal USD from
 * integer micro-dollars.
 */
package dev.ccgate.simulator.render;
