package dev.ccgate.simulator.reader;

import dev.ccgate.simulator.trace.RowSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header, read with Apache Commons CSV. Columns are found by name, compared
 * case-insensitively and ignoring punctuation ({@code startTime}, {@code start_time} and {@code
 * Start Time} are one name). A record's line is where it starts in the file.
 */
final class CsvRows {
  /** Receives one record; may throw {@link BadRecord}. */
  interface Handler {
    void record(long line, Fields fields);
  }

  /**
   * A file's columns by name. The readers ask by literal names, the same few for every record, so
   * each name's normalised lookup is done once per file (normalising on every call allocated a
   * handful of objects per cell).
   */
  static final class Columns {
    private final Map<String, Integer> index;
    private final Map<String, Integer> byName = new HashMap<>();

    Columns(Map<String, Integer> index) {
      this.index = index;
    }

    /** The column of {@code name}, or -1. */
    int of(String name) {
      Integer i = byName.get(name);
      if (i == null) {
        i = index.getOrDefault(normalise(name), -1);
        byName.put(name, i);
      }
      return i;
    }
  }

  /** The values of one record, looked up by column name. */
  static final class Fields {
    private final Columns columns;
    private final CSVRecord record;

    Fields(Columns columns, CSVRecord record) {
      this.columns = columns;
      this.record = record;
    }

    /** The first non-empty value among {@code names}, or null. */
    String get(String... names) {
      for (String name : names) {
        int i = columns.of(name);
        if (i >= 0 && i < record.size()) {
          String v = record.get(i).trim();
          if (!v.isEmpty()) {
            return v;
          }
        }
      }
      return null;
    }

    /** True when the header has any of {@code names}. */
    boolean has(String... names) {
      for (String name : names) {
        if (columns.of(name) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** The first present count among {@code names}, 0 when none. */
    long count(String... names) {
      String v = get(names);
      return v == null ? 0 : JsonValues.parseCount(v, names[0]);
    }
  }

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private CsvRows() {}

  /** Reads every record of a file's {@code bytes}, rejecting broken ones into {@code sink}. */
  static void read(byte[] bytes, RowSink sink, Handler handler) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int[] lineStarts = lineStarts(text);
    long records = 0;
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Map<String, Integer> index = new HashMap<>();
      List<String> header = parser.getHeaderNames();
      for (int i = 0; i < header.size(); i++) {
        index.putIfAbsent(normalise(header.get(i)), i);
      }
      Columns columns = new Columns(index);
      var it = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!it.hasNext()) {
            break;
          }
          record = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          sink.reject(
              parser.getCurrentLineNumber() + 1,
              "malformed CSV, rest of file skipped: " + Timestamps.shorten(e.getMessage()));
          break;
        }
        records++;
        long line = lineOf(lineStarts, record.getCharacterPosition());
        if (!record.isConsistent()) {
          sink.reject(
              line, record.size() + " fields where the header has " + header.size() + " columns");
          continue;
        }
        try {
          handler.record(line, new Fields(columns, record));
        } catch (BadRecord e) {
          sink.reject(line, e.getMessage());
        }
      }
    }
    sink.linesRead(records + 1);
  }

  /** The lookup form of a column name: lower case, letters and digits only. */
  static String normalise(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int[] lineStarts(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    int[] starts = new int[n];
    int k = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }

  private static long lineOf(int[] starts, long position) {
    int i = Arrays.binarySearch(starts, (int) position);
    return (i >= 0 ? i : -i - 2) + 1L;
  }
}
