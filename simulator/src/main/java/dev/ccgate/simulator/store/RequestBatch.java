package dev.ccgate.simulator.store;

import dev.ccgate.pricing.Speed;

/**
 * Up to {@link #capacity()} consecutive requests in replay order, column by column: a replay reads
 * millions of rows, and one object per row (or one JDBC string per cell) would cost more than the
 * kernel itself. Strings come from per-column dictionaries, so equal values are the same instance
 * and cost nothing to read. A batch is reused: its contents are valid until the cursor's next call.
 */
public final class RequestBatch {
  /** Per {@link PackedColumn} (by ordinal), the values of each row. */
  final long[][] values;

  final String[] requestIds;
  private final RequestDictionaries dictionaries;
  private final long timeOffset;
  private final long[] time;
  private final long[] developer;
  private final long[] team;
  private final long[] session;
  private final long[] agent;
  private final long[] model;
  private final long[] served;
  int size;

  RequestBatch(int capacity, RequestDictionaries dictionaries, boolean requestIds, long minTime) {
    this.dictionaries = dictionaries;
    this.timeOffset = minTime;
    this.values = new long[PackedColumn.values().length][capacity];
    this.requestIds = requestIds ? new String[capacity] : null;
    time = values[PackedColumn.TIME.ordinal()];
    developer = values[PackedColumn.DEVELOPER.ordinal()];
    team = values[PackedColumn.TEAM.ordinal()];
    session = values[PackedColumn.SESSION.ordinal()];
    agent = values[PackedColumn.AGENT.ordinal()];
    model = values[PackedColumn.MODEL.ordinal()];
    served = values[PackedColumn.SERVED_MODEL.ordinal()];
  }

  private long value(PackedColumn c, int i) {
    return values[c.ordinal()][i];
  }

  /** How many rows the batch holds. */
  public int size() {
    return size;
  }

  /** How many rows the batch can hold. */
  public int capacity() {
    return time.length;
  }

  /** The request time, epoch microseconds. */
  public long timeMicros(int i) {
    return time[i] + timeOffset;
  }

  /** The developer as the export names them (before policy aliases). */
  public String developer(int i) {
    return dictionaries.developer((int) developer[i]);
  }

  /** A number for the developer, unique within this replay (dense, from 1). */
  public int developerCode(int i) {
    return (int) developer[i];
  }

  /** The export's own team attribute, or null. */
  public String team(int i) {
    return dictionaries.team((int) team[i]);
  }

  /** A number for the export's team attribute, unique within this replay; 0 when it has none. */
  public int teamCode(int i) {
    return (int) team[i];
  }

  /** The session id, or "" when the export has none. */
  public String session(int i) {
    String s = dictionaries.session((int) session[i]);
    return s == null ? "" : s;
  }

  /** A number for the session, unique within this replay (dense, from 1); 0 when there is none. */
  public int sessionCode(int i) {
    return (int) session[i];
  }

  /** A number for the subagent (from 1); 0 for a session's main thread. */
  public int agentCode(int i) {
    return (int) agent[i];
  }

  /** The model as asked. */
  public String model(int i) {
    return dictionaries.model((int) model[i]);
  }

  /** The model that was billed: the served model when a gateway rewrote the request. */
  public String billedModel(int i) {
    return served[i] != 0
        ? dictionaries.servedModel((int) served[i])
        : dictionaries.model((int) model[i]);
  }

  /** Uncached input tokens. */
  public long inputTokens(int i) {
    return value(PackedColumn.INPUT, i);
  }

  /** Output tokens. */
  public long outputTokens(int i) {
    return value(PackedColumn.OUTPUT, i);
  }

  /** 5-minute cache writes. */
  public long cacheWrite5m(int i) {
    return value(PackedColumn.WRITE_5M, i);
  }

  /** 1-hour cache writes. */
  public long cacheWrite1h(int i) {
    return value(PackedColumn.WRITE_1H, i);
  }

  /** Cache reads. */
  public long cacheRead(int i) {
    return value(PackedColumn.READ, i);
  }

  /** Web searches. */
  public long webSearches(int i) {
    return value(PackedColumn.WEB_SEARCHES, i);
  }

  /** Fast mode or standard. */
  public Speed speed(int i) {
    return "fast".equals(dictionaries.speed((int) value(PackedColumn.SPEED, i)))
        ? Speed.FAST
        : Speed.STANDARD;
  }

  /** {@code usage.inference_geo}, or "". */
  public String inferenceGeo(int i) {
    String g = dictionaries.geo((int) value(PackedColumn.INFERENCE_GEO, i));
    return g == null ? "" : g;
  }

  /** True for a request a gateway refused (it cost nothing). */
  public boolean refused(int i) {
    return value(PackedColumn.REFUSED, i) != 0;
  }

  /** The file the request came from, relative to its traces root. */
  public String sourceFile(int i) {
    return dictionaries.file((int) value(PackedColumn.SOURCE_FILE, i));
  }

  /**
   * The request id, or the stable {@code file#ordinal} one {@link RequestCursor} also gives a row
   * without one; null when the cursor was opened without request ids.
   */
  public String requestId(int i) {
    if (requestIds == null) {
      return null;
    }
    String id = requestIds[i];
    return id != null ? id : sourceFile(i) + "#" + value(PackedColumn.ORDINAL, i);
  }
}
