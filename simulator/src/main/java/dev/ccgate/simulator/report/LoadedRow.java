package dev.ccgate.simulator.report;

import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceRow;

/**
 * A row a reader found, with where it came from: the file's name and the row's position in it (the
 * stable key that breaks dedup ties, as in the store).
 */
record LoadedRow(TraceRow row, String file, long ordinal, TraceFormat format) {}
