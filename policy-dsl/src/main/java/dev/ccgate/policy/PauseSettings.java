package dev.ccgate.policy;

import java.util.Objects;

/**
 * The {@code pause:} section. The message may use the placeholders {@code {scope} {name} {percent}
 * {limit} {period} {reset_local} {manager}}.
 */
public record PauseSettings(String message) {
  /** The message used when a policy does not set one. */
  public static final String DEFAULT_MESSAGE =
      "Claude Code budget paused: {scope} '{name}' is at {percent} of {limit} for {period}."
          + " Resets {reset_local}. {manager} has been notified.";

  /** Validates the settings. */
  public PauseSettings {
    Objects.requireNonNull(message, "message");
  }
}
