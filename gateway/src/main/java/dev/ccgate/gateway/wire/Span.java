package dev.ccgate.gateway.wire;

/** A byte range {@code [start, end)} of a request body. */
public record Span(int start, int end) {
  /** Validates the range. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
