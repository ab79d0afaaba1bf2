/**
 * The replay: every loaded request, in time order, through the policy kernel ({@code decide}, then
 * {@code settle}) with one ledger, and the cache-aware projection of its usage onto the model the
 * policy routes it to (SPEC 5). {@link dev.ccgate.simulator.replay.Replay} is the fold; {@link
 * dev.ccgate.simulator.replay.TurnSink}s (aggregates, the decision log, {@code --explain}) consume
 * its {@link dev.ccgate.simulator.replay.Turn}s as they come, so nothing per request is kept.
 */
package dev.ccgate.simulator.replay;
