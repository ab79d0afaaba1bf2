package dev.ccgate.policy;

/**
 * The person accountable for a team's budget and the alert channel that reaches them.
 *
 * @param alertChannel a key of {@link Alerts#channels()}, or null to use the fallback channel
 */
public record Manager(String name, String alertChannel) {}
