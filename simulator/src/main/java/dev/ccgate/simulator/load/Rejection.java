package dev.ccgate.simulator.load;

import java.util.Objects;

/** A line that could not be used: {@code file:line: reason}. */
public record Rejection(String file, long line, String reason) {
  /** Validates the rejection. */
  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
