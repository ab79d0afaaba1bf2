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
 * every row carries only numbers: the codes of its strings, its token counts and its time (from the
 * earliest request), each in as many bits as its largest value needs, packed into as few {@code
 * BIGINT}s as that allows (each JDBC cell costs about as much as a small column's worth of bits).
 * Request ids are unique per row, so they are read only on request. Close it when done.
 */
public final class RequestBatches implements AutoCloseable {
  private static final int WORD_BITS = 63; // keep the sign bit clear: DuckDB's << checks overflow
  private static final int POOL = 4; // batches in flight between the reader and the caller

  private final RequestDictionaries dictionaries;
  private final long minTime;
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
    this.minTime = minTime(connection);
    this.fields = plan(connection, dictionaries, minTime, requestIds).toArray(new Field[0]);
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
      free.add(new RequestBatch(batchSize, dictionaries, requestIds, minTime));
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
            filled.put(new RequestBatch(0, dictionaries, false, minTime)); // the end
          }
          return;
        }
      }
    } catch (InterruptedException e) {
      // closed early: stop reading
    } catch (SQLException | RuntimeException e) {
      failure = e;
      filled.offer(new RequestBatch(0, dictionaries, false, minTime));
    }
  }

  private void fill(RequestBatch b) throws SQLException {
    int n = 0;
    int capacity = b.capacity();
    long[][] values = b.values;
    while (n < capacity && rows.next()) {
      for (int w = 0; w < words; w++) {
        packed[w] = rows.getLong(w + 1);
      }
      for (Field f : fields) {
        values[f.column.ordinal()][n] = (packed[f.word] >>> f.shift) & f.mask;
      }
      if (requestIds) {
        b.requestIds[n] = rows.getString(words + 1);
      }
      n++;
    }
    b.size = n;
  }

  private String sql(RequestFilter filter, List<Long> args) {
    StringBuilder select = new StringBuilder("SELECT ");
    for (int w = 0; w < words; w++) {
      StringBuilder word = new StringBuilder();
      for (Field f : fields) {
        if (f.word == w) {
          word.append(word.length() == 0 ? "" : " | ")
              .append("((")
              .append(f.column.expression(minTime, dictionaries))
              .append(") << ")
              .append(f.shift)
              .append(')');
        }
      }
      select.append(w == 0 ? "" : ", ").append(word);
    }
    if (requestIds) {
      select.append(", r.request_id");
    }
    select.append(" FROM requests r");
    for (Coded c : Coded.values()) {
      if (dictionaries.size(c) == 0) {
        continue; // every value is null: its code is the constant 0 (PackedColumn.expression)
      }
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
    // File codes follow the files' sort order, so this is RequestCursor's order on integers.
    return select
        .append(" ORDER BY r.time, coalesce(d_source_file.code, 0), r.source_ordinal")
        .toString();
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
        if (!c.strings) {
          // Only the codes are used (subagent ids key cache threads): count, don't fetch.
          try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table(c))) {
            rs.next();
            values[c.ordinal()] = new String[Math.toIntExact(rs.getLong(1)) + 1];
          }
          continue;
        }
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

  /** The earliest request's epoch microseconds (0 when there are none). */
  private static long minTime(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(epoch_us(min(time)), 0) FROM requests")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Packs the columns first-fit, widest first, into 63-bit words. */
  private static List<Field> plan(
      Connection connection, RequestDictionaries d, long minTime, boolean requestIds)
      throws SQLException {
    List<PackedColumn> numbers = new ArrayList<>();
    StringBuilder maxima = new StringBuilder("SELECT ");
    for (PackedColumn c : PackedColumn.values()) {
      if (c.coded == null) {
        maxima.append(numbers.isEmpty() ? "" : ", ").append(c.max(minTime));
        numbers.add(c);
      }
    }
    List<Field> fields = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(maxima.append(" FROM requests r").toString())) {
      rs.next();
      for (int i = 0; i < numbers.size(); i++) {
        PackedColumn c = numbers.get(i);
        if (c != PackedColumn.ORDINAL || requestIds) { // ordinals only make synthetic ids
          fields.add(new Field(c, bits(rs.getLong(i + 1))));
        }
      }
    }
    for (PackedColumn c : PackedColumn.values()) {
      if (c.coded != null) {
        fields.add(new Field(c, bits(d.size(c.coded))));
      }
    }
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

  /** The bits a value up to {@code max} needs; a negative count cannot occur (loaders check). */
  private static int bits(long max) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(0, max)));
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

  /** One packed column: where it sits in which word. */
  private static final class Field {
    final PackedColumn column;
    final int bits;
    final long mask;
    int word;
    int shift;

    Field(PackedColumn column, int bits) {
      this.column = column;
      this.bits = bits;
      this.mask = (1L << bits) - 1;
    }
  }
}
