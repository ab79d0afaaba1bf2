package dev.ccgate.simulator.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dense integer codes for the repeated strings of one load (developers, sessions, models...),
 * shared by the reader threads. Rows are staged with these codes instead of strings because
 * DuckDB's JDBC Appender crosses JNI once per string longer than 12 bytes, which capped a load at
 * ~250K rows/s; each distinct string now crosses once, in the dictionary.
 */
public final class StringCodes {
  /** The code of a null string: no dictionary entry has it, so a join leaves the column null. */
  public static final int NULL = -1;

  private final Map<String, Integer> codes = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  /** The code of {@code s}, {@link #NULL} for null. Thread-safe. */
  public int code(String s) {
    if (s == null) {
      return NULL;
    }
    Integer c = codes.get(s);
    return c != null ? c : codes.computeIfAbsent(s, k -> next.getAndIncrement());
  }

  /** Every string with its code. */
  Map<String, Integer> entries() {
    return codes;
  }
}
