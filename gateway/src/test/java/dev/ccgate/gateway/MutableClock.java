package dev.ccgate.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  /** A clock reading {@code start}. */
  public MutableClock(Instant start) {
    this.now = start;
  }

  /** Sets the time. */
  public void set(Instant t) {
    now = t;
  }

  /** Moves the time forward. */
  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this; // decisions use instants; the zone is only used to pick the log file's UTC day
  }

  @Override
  public Instant instant() {
    return now;
  }
}
