/**
 * {@code ccgate simulate}'s results: what the replay's {@link dev.ccgate.simulator.replay.Turn}s
 * add up to, per team, developer and session (with its outcome and first event), the alerts, the
 * decision log ({@code --decisions}) and one session explained turn by turn ({@code --explain}).
 * Everything is summed as the replay goes, so memory grows with sessions and alerts, not requests;
 * lists are sorted explicitly before they reach a renderer.
 */
package dev.ccgate.simulator.simulate;
