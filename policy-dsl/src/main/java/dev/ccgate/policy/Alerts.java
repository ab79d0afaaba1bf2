package dev.ccgate.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code alerts:} section.
 *
 * @param channels channel name to channel, in policy order
 * @param fallback the channel for alerts with no team channel (org wallet, unknown team), or null
 */
public record Alerts(Map<String, AlertChannel> channels, String fallback) {
  /** No channels at all. */
  public static final Alerts NONE = new Alerts(Map.of(), null);

  /** Copies the channel map, keeping its order. */
  public Alerts {
    channels = Collections.unmodifiableMap(new LinkedHashMap<>(channels));
  }
}
