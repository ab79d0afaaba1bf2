/**
 * Renderers of a finished report: each gets the report and a {@link java.io.Writer}, nothing else.
 * Numbers are formatted with {@code Locale.ROOT}; money is exact decimal USD from integer
 * micro-dollars.
 */
package dev.ccgate.simulator.render;
