package dev.ccgate.simulator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Request ids are unique per row, so they are read only on request.
 *
 * <p>A reader thread fills the next batches while the caller works on the current one. In a kept
 * database ({@code --db}) the first replay saves the packed rows in replay order ({@link
 * ReplayLayout}), so later replays scan them instead of sorting. Close it when done.
 */
public final class RequestBatches implements AutoCloseable {
  private static final int POOL = 4; // batches in flight between the reader and the caller

  private final RequestDictionaries dictionaries;
  private final long minTime;
  private final ReplayLayout.Field[] fields;
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

  RequestBatches(
      Connection connection, RequestFilter filter, boolean requestIds, int batchSize, boolean keep)
      throws SQLException {
    this.requestIds = requestIds;
    boolean window = filter.from() != null || filter.to() != null;
    // The saved layout packs ordinals too, so its dictionaries serve a replay with ids as well.
    ReplayLayout layout =
        keep && !window
            ? ReplayLayout.saved(connection)
            : ReplayLayout.temporary(connection, requestIds);
    this.dictionaries = layout.dictionaries;
    this.minTime = layout.minTime;
    this.fields = layout.fields;
    this.words = layout.words;
    List<Long> args = new ArrayList<>();
    this.statement = connection.prepareStatement(layout.select(filter, args, requestIds));
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
      for (ReplayLayout.Field f : fields) {
        values[f.column.ordinal()][n] = (packed[f.word] >>> f.shift) & f.mask;
      }
      if (requestIds) {
        b.requestIds[n] = rows.getString(words + 1);
      }
      n++;
    }
    b.size = n;
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
}
