/**
 * Progress of a long load or replay on stderr: a one-line status (files, rows or requests, rate,
 * ETA) redrawn in place when stderr is a terminal, and nothing at all otherwise (pipes, CI, tests).
 */
package dev.ccgate.simulator.progress;
