/**
 * Progress of a long load on stderr: a one-line status (files, rows, rate, ETA) redrawn in place
 * when stderr is a terminal, and nothing at all otherwise (pipes, CI, tests).
 */
package dev.ccgate.simulator.progress;
