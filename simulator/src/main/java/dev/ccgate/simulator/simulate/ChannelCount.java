package dev.ccgate.simulator.simulate;

/** How many alerts one recipient channel got; {@code channel} is null for alerts routed nowhere. */
public record ChannelCount(String channel, long alerts) {}
