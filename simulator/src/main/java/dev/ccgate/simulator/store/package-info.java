/**
 * The DuckDB database the simulator works from: the normalised {@code requests} table (schema in
 * {@link dev.ccgate.simulator.store.RequestStore}), the load manifest that lets {@code --db} skip a
 * second load, transcript deduplication in SQL, and {@link
 * dev.ccgate.simulator.store.RequestCursor}, the time-ordered iteration a replay consumes.
 */
package dev.ccgate.simulator.store;
