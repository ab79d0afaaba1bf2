package dev.ccgate.simulator.simulate;

import java.time.Instant;

/**
 * One alert: a wallet crossed a stage ({@code StageCrossed}) while settling a request.
 *
 * @param wallet e.g. {@code team:platform:daily}
 * @param stage the stage's action: {@code alert}, {@code downgrade} or {@code pause}
 * @param atBasisPoints the stage threshold (8000 = 80 %)
 * @param percentBasisPoints the wallet's spend after the request, as a share of its limit
 * @param channel the recipient channel, or null when the policy routes it nowhere
 * @param session the session of the request that crossed it ("" when none)
 */
public record AlertResult(
    Instant time,
    String wallet,
    String stage,
    int atBasisPoints,
    long percentBasisPoints,
    long spentMicros,
    long limitMicros,
    Instant resetAt,
    String channel,
    String developer,
    String team,
    String session) {}
