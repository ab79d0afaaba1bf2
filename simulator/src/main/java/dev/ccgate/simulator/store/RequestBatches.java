package dev.ccgate.simulator.store;

import dev.ccgate.simulator.store.RequestDictionaries.Coded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Streams {@code requests} in replay order ({@code time, source_file, source_ordinal}, as {@link
 * RequestCursor}) as column batches, for the replay's speed: DuckDB's JDBC driver turns every
 * string cell into a Java string through JNI, which costs more than the kernel's decide and settle.
 * So each string column is read once as a dictionary (a temp table of its distinct values), and
 * every row carries only numbers: the codes of its strings, packed into as few {@code BIGINT}s as
 * their cardinalities allow. Request ids are unique per row, so they are read only on request.
 * Close it when done.
 */
public final class RequestBatches implements AutoCloseable {
  private static final int WORD_BITS = 63; // keep the sign bit clear: DuckDB's << checks overflow
  private static final int LONGS = 8; // time, five token counts, web searches, ordinal
  private static final int POOL = 4; // batches in flight between the reader and the caller

  private final RequestDictionaries dictionaries;
  private final Field[] fields;
  private final int words;
  private final boolean requestIds;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final long[] packed;
  private final BlockingQueue<RequestBatch> filled = new ArrayBlockingQueue<>(POOL + 1);
  private final BlockingQueue<RequestBatch> free = new ArrayBlockingQueue<>(POOL);
  private final Thread reader;
  private volatile Exception failure;
  private RequestBatch current;
  private boolean done;

  RequestBatches(Connection connection, RequestFilter filter, boolean requestIds, int batchSize)
      throws SQLException {
    this.requestIds = requestIds;
    this.dictionaries = dictionaries(connection);
    this.fields = plan(dictionaries).toArray(new Field[0]);
    int maxWord = -1;
    for (Field f : fields) {
      maxWord = Math.max(maxWord, f.word);
    }
    this.words = maxWord + 1;
    List<Long> args = new ArrayList<>();
    this.statement = connection.prepareStatement(sql(filter, args));
    for (int i = 0; i < args.size(); i++) {
      statement.setLong(i + 1, args.get(i));
    }
    this.rows = statement.executeQuery();
    this.packed = new long[words];
    for (int i = 0; i < POOL; i++) {
      free.add(new RequestBatch(batchSize, dictionaries, requestIds));
    }
    this.reader = new Thread(this::read, "ccgate-replay-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * The next rows, or null at the end. The batch is reused: its rows are valid until the next call.
   */
  public RequestBatch next() throws SQLException {
    if (done) {
      return null;
    }
    try {
      if (current != null) {
        free.put(current);
        current = null;
      }
      RequestBatch b = filled.take();
      if (failure != null) {
        done = true;
        throw failure instanceof SQLException e ? e : new SQLException(failure);
      }
      if (b.size == 0) {
        done = true;
        return null;
      }
      current = b;
      return b;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while replaying", e);
    }
  }

  /** The reader thread: fills free batches until the rows run out; an empty batch ends. */
  private void read() {
    try {
      while (true) {
        RequestBatch b = free.take();
        fill(b);
        filled.put(b);
        if (b.size < b.capacity()) {
          if (b.size > 0) {
            filled.put(new RequestBatch(0, dictionaries, false)); // the end
          }
          return;
        }
      }
    } catch (InterruptedException e) {
      // closed early: stop reading
    } catch (SQLException | RuntimeException e) {
      failure = e;
      filled.offer(new RequestBatch(0, dictionaries, false));
    }
  }

  private void fill(RequestBatch b) throws SQLException {
    int n = 0;
    int capacity = b.capacity();
    while (n < capacity && rows.next()) {
      b.time[n] = rows.getLong(1);
      b.input[n] = rows.getLong(2);
      b.output[n] = rows.getLong(3);
      b.write5m[n] = rows.getLong(4);
      b.write1h[n] = rows.getLong(5);
      b.read[n] = rows.getLong(6);
      b.webSearches[n] = rows.getLong(7);
      b.ordinal[n] = rows.getLong(8);
      for (int w = 0; w < words; w++) {
        packed[w] = rows.getLong(LONGS + 1 + w);
      }
      for (Field f : fields) {
        b.codes[f.slot][n] = (int) ((packed[f.word] >>> f.shift) & f.mask);
      }
      if (requestIds) {
        b.requestIds[n] = rows.getString(LONGS + words + 1);
      }
      n++;
    }
    b.size = n;
  }

  private String sql(RequestFilter filter, List<Long> args) {
    StringBuilder select =
        new StringBuilder(
            "SELECT epoch_us(r.time), r.input_tokens, r.output_tokens, r.cache_write_5m,"
                + " r.cache_write_1h, r.cache_read, r.web_searches, r.source_ordinal");
    for (int w = 0; w < words; w++) {
      StringBuilder word = new StringBuilder();
      for (Field f : fields) {
        if (f.word == w) {
          word.append(word.length() == 0 ? "" : " | ")
              .append('(')
              .append(f.expression)
              .append(" << ")
              .append(f.shift)
              .append(')');
        }
      }
      select.append(", ").append(word);
    }
    if (requestIds) {
      select.append(", r.request_id");
    }
    select.append(" FROM requests r");
    for (Coded c : Coded.values()) {
      select
          .append(" LEFT JOIN ")
          .append(table(c))
          .append(" d_")
          .append(c.column)
          .append(" ON d_")
          .append(c.column)
          .append(".v = r.")
          .append(c.column);
    }
    String glue = " WHERE ";
    if (filter.from() != null) {
      select.append(glue).append("r.time >= make_timestamptz(?)");
      args.add(RequestStore.micros(filter.from()));
      glue = " AND ";
    }
    if (filter.to() != null) {
      select.append(glue).append("r.time < make_timestamptz(?)");
      args.add(RequestStore.micros(filter.to()));
    }
    return select.append(" ORDER BY r.time, r.source_file, r.source_ordinal").toString();
  }

  private static String table(Coded c) {
    return "replay_dict_" + c.column;
  }

  private static RequestDictionaries dictionaries(Connection connection) throws SQLException {
    String[][] values = new String[Coded.values().length][];
    try (Statement s = connection.createStatement()) {
      for (Coded c : Coded.values()) {
        s.execute(
            "CREATE OR REPLACE TEMP TABLE "
                + table(c)
                + " AS SELECT v, row_number() OVER (ORDER BY v) AS code FROM (SELECT DISTINCT "
                + c.column
                + " AS v FROM requests WHERE "
                + c.column
                + " IS NOT NULL)");
        List<String> list = new ArrayList<>();
        list.add(null);
        try (ResultSet rs = s.executeQuery("SELECT v FROM " + table(c) + " ORDER BY code")) {
          while (rs.next()) {
            list.add(rs.getString(1));
          }
        }
        values[c.ordinal()] = list.toArray(new String[0]);
      }
    }
    return new RequestDictionaries(values);
  }

  /** Packs the codes first-fit, widest first, into 63-bit words. */
  private static List<Field> plan(RequestDictionaries d) {
    List<Field> fields = new ArrayList<>();
    for (Coded c : Coded.values()) {
      fields.add(new Field(c.ordinal(), "coalesce(d_" + c.column + ".code, 0)", bits(d.size(c))));
    }
    fields.add(new Field(Coded.values().length, "r.refused::BIGINT", 1));
    fields.sort((a, b) -> Integer.compare(b.bits, a.bits));
    List<Integer> used = new ArrayList<>();
    for (Field f : fields) {
      int w = 0;
      while (w < used.size() && used.get(w) + f.bits > WORD_BITS) {
        w++;
      }
      if (w == used.size()) {
        used.add(0);
      }
      f.word = w;
      f.shift = used.get(w);
      used.set(w, f.shift + f.bits);
    }
    return fields;
  }

  private static int bits(int maxCode) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(maxCode));
  }

  @Override
  public void close() throws SQLException {
    reader.interrupt();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      rows.close();
    } finally {
      statement.close();
    }
  }

  /** One packed code: where it sits in which word. */
  private static final class Field {
    final int slot;
    final String expression;
    final int bits;
    final long mask;
    int word;
    int shift;

    Field(int slot, String expression, int bits) {
      this.slot = slot;
      this.expression = expression;
      this.bits = bits;
      this.mask = (1L << bits) - 1;
    }
  }
}
