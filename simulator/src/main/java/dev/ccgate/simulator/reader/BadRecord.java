package dev.ccgate.simulator.reader;

/**
 * A record that cannot be used; its message is the reason a report shows. Thrown inside a reader
 * and turned into a rejection there, so it carries no stack trace.
 */
final class BadRecord extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadRecord(String reason) {
    super(reason, null, false, false);
  }
}
