/**
 * The trace model every reader produces: {@link dev.ccgate.simulator.trace.TraceRow} (one request
 * as an export recorded it), the file it came from and the {@link
 * dev.ccgate.simulator.trace.TraceReader} contract. Nothing here knows a policy or a database.
 */
package dev.ccgate.simulator.trace;
