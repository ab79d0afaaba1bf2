package dev.ccgate.simulator.load;

/** Trace data that cannot be used under {@code --strict}; the message is {@code file:line: why}. */
public final class BadTraceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The first rejected line. */
  public BadTraceException(Rejection rejection) {
    super(rejection + " (--strict stops at the first bad line)");
  }
}
