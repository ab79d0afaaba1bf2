package dev.ccgate.pricing;

/** The API's {@code usage.speed}. */
public enum Speed {
  STANDARD,
  FAST
}
