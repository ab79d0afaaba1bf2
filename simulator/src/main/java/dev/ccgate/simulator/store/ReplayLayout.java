package dev.ccgate.simulator.store;

import dev.ccgate.simulator.store.RequestDictionaries.Coded;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a replay reads {@code requests}: the dictionary of each string column, and where each {@link
 * PackedColumn} sits in the packed {@code BIGINT} words (as many bits as its largest value needs,
 * first-fit into 63-bit words, widest first).
 *
 * <p>In a kept database ({@code --db}) the layout is built once and saved with the requests in
 * replay order ({@code replay_packed}, {@code replay_meta}, {@code replay_db_dict_*}), so a later
 * replay scans them instead of sorting ten million rows again; {@link RequestStore#reset()} drops
 * them with the load they were made from. Otherwise the dictionaries are temp tables and the query
 * joins and sorts.
 */
final class ReplayLayout {
  /** Bumped whenever the saved layout changes shape, so an old one is rebuilt, not misread. */
  static final String VERSION = "1";

  /** The saved tables, which {@link RequestStore#reset()} drops. */
  static final List<String> SAVED_TABLES = savedTables();

  private static final int WORD_BITS = 63; // keep the sign bit clear: DuckDB's << checks overflow

  final RequestDictionaries dictionaries;
  final long minTime;
  final Field[] fields;
  final int words;
  private final boolean saved;

  private ReplayLayout(
      RequestDictionaries dictionaries, long minTime, List<Field> fields, boolean saved) {
    this.dictionaries = dictionaries;
    this.minTime = minTime;
    this.fields = fields.toArray(new Field[0]);
    int maxWord = -1;
    for (Field f : fields) {
      maxWord = Math.max(maxWord, f.word);
    }
    this.words = maxWord + 1;
    this.saved = saved;
  }

  /**
   * A fresh layout with temp dictionaries, for one query; ordinals are packed only when {@code
   * ordinals} (they only make the synthetic ids of rows without a request id).
   */
  static ReplayLayout temporary(Connection c, boolean ordinals) throws SQLException {
    RequestDictionaries d = dictionaries(c, false);
    long minTime = minTime(c);
    return new ReplayLayout(d, minTime, plan(c, d, minTime, ordinals), false);
  }

  /** The saved layout, built and saved now when there is none. */
  static ReplayLayout saved(Connection c) throws SQLException {
    ReplayLayout existing = load(c);
    if (existing != null) {
      return existing;
    }
    RequestDictionaries d = dictionaries(c, true);
    long minTime = minTime(c);
    ReplayLayout layout = new ReplayLayout(d, minTime, plan(c, d, minTime, true), true);
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TABLE replay_packed AS "
              + layout.sortedSelect(RequestFilter.ALL, new ArrayList<>(), false));
      s.execute("CREATE OR REPLACE TABLE replay_meta (key VARCHAR, value VARCHAR)");
      StringBuilder fields = new StringBuilder();
      for (Field f : layout.fields) {
        fields.append(fields.length() == 0 ? "" : ",");
        fields.append(f.column.name()).append(':').append(f.word).append(':');
        fields.append(f.shift).append(':').append(f.bits);
      }
      // Written last: its presence says the saved layout is complete.
      s.execute(
          String.format(
              Locale.ROOT,
              "INSERT INTO replay_meta VALUES ('version', '%s'), ('min_time', '%d'),"
                  + " ('fields', '%s')",
              VERSION,
              minTime,
              fields));
    }
    return layout;
  }

  private static ReplayLayout load(Connection c) throws SQLException {
    String version = null;
    String minTime = null;
    String fields = null;
    try (Statement s = c.createStatement()) {
      try (ResultSet t =
          s.executeQuery(
              "SELECT count(*) FROM information_schema.tables WHERE table_name = 'replay_meta'"
                  + " AND table_schema = 'main'")) {
        t.next();
        if (t.getLong(1) == 0) {
          return null;
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT key, value FROM replay_meta")) {
        while (rs.next()) {
          switch (rs.getString(1)) {
            case "version" -> version = rs.getString(2);
            case "min_time" -> minTime = rs.getString(2);
            case "fields" -> fields = rs.getString(2);
            default -> {}
          }
        }
      }
    }
    if (!VERSION.equals(version) || minTime == null || fields == null) {
      return null;
    }
    List<Field> list = new ArrayList<>();
    for (String f : fields.split(",", -1)) {
      String[] p = f.split(":", -1);
      Field field = new Field(PackedColumn.valueOf(p[0]), Integer.parseInt(p[3]));
      field.word = Integer.parseInt(p[1]);
      field.shift = Integer.parseInt(p[2]);
      list.add(field);
    }
    return new ReplayLayout(readDictionaries(c, true), Long.parseLong(minTime), list, true);
  }

  /**
   * The query for the batches: a scan of the saved order, or the join and sort. Request ids are not
   * saved (they would double the database), so a replay that needs them sorts.
   */
  String select(RequestFilter filter, List<Long> args, boolean requestIds) {
    if (!saved || requestIds || filter.from() != null || filter.to() != null) {
      return sortedSelect(filter, args, requestIds);
    }
    StringBuilder select = new StringBuilder("SELECT ");
    for (int w = 0; w < words; w++) {
      select.append(w == 0 ? "" : ", ").append('w').append(w);
    }
    // A plain scan returns rows in insertion order (DuckDB's preserve_insertion_order): the
    // order replay_packed was written in.
    return select.append(" FROM replay_packed").toString();
  }

  private String sortedSelect(RequestFilter filter, List<Long> args, boolean requestIds) {
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
      select.append(w == 0 ? "" : ", ").append(word).append(" AS w").append(w);
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
          .append(table(c, saved))
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

  private static String table(Coded c, boolean saved) {
    return (saved ? "replay_db_dict_" : "replay_dict_") + c.column;
  }

  private static List<String> savedTables() {
    List<String> out = new ArrayList<>(List.of("replay_meta", "replay_packed"));
    for (Coded c : Coded.values()) {
      out.add(table(c, true));
    }
    return List.copyOf(out);
  }

  private static RequestDictionaries dictionaries(Connection connection, boolean saved)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (Coded c : Coded.values()) {
        s.execute(
            "CREATE OR REPLACE "
                + (saved ? "" : "TEMP ")
                + "TABLE "
                + table(c, saved)
                + " AS SELECT v, row_number() OVER (ORDER BY v) AS code FROM (SELECT DISTINCT "
                + c.column
                + " AS v FROM requests WHERE "
                + c.column
                + " IS NOT NULL)");
      }
    }
    return readDictionaries(connection, saved);
  }

  private static RequestDictionaries readDictionaries(Connection connection, boolean saved)
      throws SQLException {
    String[][] values = new String[Coded.values().length][];
    try (Statement s = connection.createStatement()) {
      for (Coded c : Coded.values()) {
        if (!c.strings) {
          // Only the codes are used (subagent ids key cache threads): count, don't fetch.
          try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table(c, saved))) {
            rs.next();
            values[c.ordinal()] = new String[Math.toIntExact(rs.getLong(1)) + 1];
          }
          continue;
        }
        List<String> list = new ArrayList<>();
        list.add(null);
        try (ResultSet rs = s.executeQuery("SELECT v FROM " + table(c, saved) + " ORDER BY code")) {
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
      Connection connection, RequestDictionaries d, long minTime, boolean ordinals)
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
        if (c != PackedColumn.ORDINAL || ordinals) {
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

  /** The bits a value up to {@code max} needs. */
  private static int bits(long max) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(0, max)));
  }

  /** One packed column: where it sits in which word. */
  static final class Field {
    final PackedColumn column;
    final int bits;
    final long mask;
    int word;
    int shift;

    Field(PackedColumn column, int bits) {
      this.column = column;
      this.bits = bits;
      this.mask = bits == 64 ? -1L : (1L << bits) - 1;
    }
  }
}
