package dev.ccgate.simulator.store;

import dev.ccgate.simulator.trace.TraceRow;
import java.util.Arrays;

/**
 * The requests one reader found in one file, encoded for the Appender: strings as {@link
 * StringCodes}, numbers in primitive arrays, and the two ids of a row as one string (one JNI
 * crossing instead of two). Filled on a reader thread, appended by the loading thread.
 */
public final class StagedRows {
  static final int LONGS = 8; // time, input, output, 5m, 1h, read, web searches, line
  static final int INTS = 11; // 8 string codes, request id length, message id length, flags

  private final StringCodes codes;
  private final int file;
  private long[] longs = new long[16 * LONGS];
  private int[] ints = new int[16 * INTS];
  private String[] ids = new String[16];
  private int size;

  /** Rows of the file numbered {@code file} in the load, coding strings with {@code codes}. */
  public StagedRows(StringCodes codes, int file) {
    this.codes = codes;
    this.file = file;
  }

  /** Adds {@code row}. */
  public void add(TraceRow row) {
    if (size == ids.length) {
      int n = size * 2;
      longs = Arrays.copyOf(longs, n * LONGS);
      ints = Arrays.copyOf(ints, n * INTS);
      ids = Arrays.copyOf(ids, n);
    }
    int l = size * LONGS;
    longs[l] = row.timeMicros();
    longs[l + 1] = row.inputTokens();
    longs[l + 2] = row.outputTokens();
    longs[l + 3] = row.cacheWrite5m();
    longs[l + 4] = row.cacheWrite1h();
    longs[l + 5] = row.cacheRead();
    longs[l + 6] = row.webSearches();
    longs[l + 7] = row.line();
    int i = size * INTS;
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
    ids[size] =
        request == null
            ? (message == null ? "" : message)
            : message == null ? request : request + message;
    size++;
  }

  /** How many rows were added. */
  public int size() {
    return size;
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
