/**
 * The decision log: one JSON object per request, written by the gateway for live traffic and by
 * {@code simulate --decisions} for replays, in the same schema ({@code docs/decision-log.md}), and
 * read back by the simulator as a trace. It never carries prompt or completion text, or keys.
 */
package dev.ccgate.decision;
