package dev.ccgate.simulator.store;

import dev.ccgate.simulator.trace.TraceRow;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The requests one reader found in one file, encoded for the Appender: strings as {@link
 * StringCodes}, numbers in primitive arrays, and the two ids of a row as one string (one JNI
 * crossing instead of two). Filled on a reader thread, appended by the loading thread.
 *
 * <p>In a transcript, Claude Code writes one line per content block of a response, each with the
 * same message and request id: about a third of a transcript's usage rows. Rows of one file with
 * the same ids and sidechain flag fall in one group of {@link Deduplication} whatever else is in
 * the load, so they are collapsed here to the one that group's rule prefers (largest total, then
 * the one with a speed, then the earliest) and only it is appended. The winner of the whole group
 * is the same, and the database deduplicates far fewer rows.
 */
public final class StagedRows {
  static final int LONGS = 9; // time, input, output, 5m, 1h, read, web searches, line, ordinal
  static final int INTS = 11; // 8 string codes, request id length, message id length, flags

  private final StringCodes codes;
  private final int file;
  // Transcript rows by their ids string, to collapse a file's repeated lines; null for other
  // formats, whose rows are never deduplicated.
  private final Map<String, Integer> byIds;
  private long added;
  private long[] longs = new long[16 * LONGS];
  private int[] ints = new int[16 * INTS];
  private String[] ids = new String[16];
  private int size;

  /**
   * Rows of the file numbered {@code file} in the load, coding strings with {@code codes}; {@code
   * transcript} collapses the file's repeated lines (above).
   */
  public StagedRows(StringCodes codes, int file, boolean transcript) {
    this.codes = codes;
    this.file = file;
    this.byIds = transcript ? new HashMap<>() : null;
  }

  /** Adds {@code row}. */
  public void add(TraceRow row) {
    long ordinal = added++;
    String rowIds = ids(row.requestId(), row.messageId());
    if (byIds != null && row.messageId() != null) {
      Integer seen = byIds.putIfAbsent(rowIds, size);
      if (seen != null && sameGroup(seen, row)) {
        if (beats(row, seen)) {
          put(seen, row, rowIds, ordinal);
        }
        return;
      }
    }
    if (size == ids.length) {
      int n = size * 2;
      longs = Arrays.copyOf(longs, n * LONGS);
      ints = Arrays.copyOf(ints, n * INTS);
      ids = Arrays.copyOf(ids, n);
    }
    put(size, row, rowIds, ordinal);
    size++;
  }

  private void put(int at, TraceRow row, String rowIds, long ordinal) {
    int l = at * LONGS;
    longs[l] = row.timeMicros();
    longs[l + 1] = row.inputTokens();
    longs[l + 2] = row.outputTokens();
    longs[l + 3] = row.cacheWrite5m();
    longs[l + 4] = row.cacheWrite1h();
    longs[l + 5] = row.cacheRead();
    longs[l + 6] = row.webSearches();
    longs[l + 7] = row.line();
    longs[l + 8] = ordinal;
    int i = at * INTS;
    ints[i] = codes.code(row.developer());
    ints[i + 1] = codes.code(row.team());
    ints[i + 2] = codes.code(row.session());
    ints[i + 3] = codes.code(row.model());
    ints[i + 4] = codes.code(row.servedModel());
    ints[i + 5] = codes.code(row.speed());
    ints[i + 6] = codes.code(row.inferenceGeo());
    ints[i + 7] = codes.code(row.agentId());
    String request = row.requestId();
    String message = row.messageId();
    // Lengths in code points, as DuckDB's substr counts; -1 keeps a null id null.
    ints[i + 8] = request == null ? -1 : request.codePointCount(0, request.length());
    ints[i + 9] = message == null ? -1 : message.codePointCount(0, message.length());
    ints[i + 10] = (row.sidechain() ? 1 : 0) | (row.refused() ? 2 : 0);
    ids[at] = rowIds;
  }

  private static String ids(String request, String message) {
    return request == null
        ? (message == null ? "" : message)
        : message == null ? request : request + message;
  }

  /**
   * True when {@code row} has the same request id (not only the same joined ids string) and
   * sidechain flag as the kept row {@code at}: then both are in one deduplication group.
   */
  private boolean sameGroup(int at, TraceRow row) {
    String request = row.requestId();
    int requestLength = request == null ? -1 : request.codePointCount(0, request.length());
    return ints[at * INTS + 8] == requestLength
        && ((ints[at * INTS + 10] & 1) != 0) == row.sidechain();
  }

  /** True when {@code row} (later in the file) wins over the kept row {@code at}. */
  private boolean beats(TraceRow row, int at) {
    int l = at * LONGS;
    long keptTotal = longs[l + 1] + longs[l + 2] + longs[l + 3] + longs[l + 4] + longs[l + 5];
    long total =
        row.inputTokens()
            + row.outputTokens()
            + row.cacheWrite5m()
            + row.cacheWrite1h()
            + row.cacheRead();
    if (total != keptTotal) {
      return total > keptTotal;
    }
    boolean keptSpeed = ints[at * INTS + 5] != StringCodes.NULL;
    if (keptSpeed != (row.speed() != null)) {
      return !keptSpeed;
    }
    return row.timeMicros() < longs[l]; // later in the file: only an earlier time wins
  }

  /** How many rows are kept to be appended. */
  public int size() {
    return size;
  }

  /** How many rows were added: the kept ones and the repeats collapsed into them. */
  public long added() {
    return added;
  }

  int file() {
    return file;
  }

  long longAt(int row, int column) {
    return longs[row * LONGS + column];
  }

  int intAt(int row, int column) {
    return ints[row * INTS + column];
  }

  String ids(int row) {
    return ids[row];
  }
}
