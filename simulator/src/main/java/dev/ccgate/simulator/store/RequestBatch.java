package dev.ccgate.simulator.store;

import dev.ccgate.pricing.Speed;

/**
 * Up to {@link #capacity()} consecutive requests in replay order, column by column: a replay reads
 * millions of rows, and one object per row (or one JDBC string per cell) would cost more than the
 * kernel itself. Strings come from per-column dictionaries, so equal values are the same instance
 * and cost nothing to read. A batch is reused: its contents are valid until the cursor's next call.
 */
public final class RequestBatch {
  final long[] time;

  /** Per {@link RequestDictionaries.Coded} column (by ordinal), then refused (0/1), the codes. */
  final int[][] codes;

  private final int[] developer;
  private final int[] team;
  private final int[] session;
  private final int[] agent;
  private final int[] model;
  private final int[] served;
  private final int[] speed;
  private final int[] geo;
  private final int[] file;
  private final int[] refused;
  final long[] input;
  final long[] output;
  final long[] write5m;
  final long[] write1h;
  final long[] read;
  final long[] webSearches;
  final long[] ordinal;
  final String[] requestIds;
  private final RequestDictionaries dictionaries;
  int size;

  RequestBatch(int capacity, RequestDictionaries dictionaries, boolean requestIds) {
    this.dictionaries = dictionaries;
    time = new long[capacity];
    codes = new int[RequestDictionaries.Coded.values().length + 1][capacity];
    developer = codes[RequestDictionaries.Coded.DEVELOPER.ordinal()];
    team = codes[RequestDictionaries.Coded.TEAM.ordinal()];
    session = codes[RequestDictionaries.Coded.SESSION.ordinal()];
    agent = codes[RequestDictionaries.Coded.AGENT.ordinal()];
    model = codes[RequestDictionaries.Coded.MODEL.ordinal()];
    served = codes[RequestDictionaries.Coded.SERVED_MODEL.ordinal()];
    speed = codes[RequestDictionaries.Coded.SPEED.ordinal()];
    geo = codes[RequestDictionaries.Coded.INFERENCE_GEO.ordinal()];
    file = codes[RequestDictionaries.Coded.SOURCE_FILE.ordinal()];
    refused = codes[RequestDictionaries.Coded.values().length];
    input = new long[capacity];
    output = new long[capacity];
    write5m = new long[capacity];
    write1h = new long[capacity];
    read = new long[capacity];
    webSearches = new long[capacity];
    ordinal = new long[capacity];
    this.requestIds = requestIds ? new String[capacity] : null;
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
    return time[i];
  }

  /** The developer as the export names them (before policy aliases). */
  public String developer(int i) {
    return dictionaries.developer(developer[i]);
  }

  /** A number for the developer, unique within this replay (dense, from 1). */
  public int developerCode(int i) {
    return developer[i];
  }

  /** The export's own team attribute, or null. */
  public String team(int i) {
    return dictionaries.team(team[i]);
  }

  /** The session id, or "" when the export has none. */
  public String session(int i) {
    String s = dictionaries.session(session[i]);
    return s == null ? "" : s;
  }

  /** A number for the session, unique within this replay (dense, from 1); 0 when there is none. */
  public int sessionCode(int i) {
    return session[i];
  }

  /** A number for the subagent (from 1); 0 for a session's main thread. */
  public int agentCode(int i) {
    return agent[i];
  }

  /** The model as asked. */
  public String model(int i) {
    return dictionaries.model(model[i]);
  }

  /** The model that was billed: the served model when a gateway rewrote the request. */
  public String billedModel(int i) {
    return served[i] != 0 ? dictionaries.servedModel(served[i]) : dictionaries.model(model[i]);
  }

  /** Uncached input tokens. */
  public long inputTokens(int i) {
    return input[i];
  }

  /** Output tokens. */
  public long outputTokens(int i) {
    return output[i];
  }

  /** 5-minute cache writes. */
  public long cacheWrite5m(int i) {
    return write5m[i];
  }

  /** 1-hour cache writes. */
  public long cacheWrite1h(int i) {
    return write1h[i];
  }

  /** Cache reads. */
  public long cacheRead(int i) {
    return read[i];
  }

  /** Web searches. */
  public long webSearches(int i) {
    return webSearches[i];
  }

  /** Fast mode or standard. */
  public Speed speed(int i) {
    return "fast".equals(dictionaries.speed(speed[i])) ? Speed.FAST : Speed.STANDARD;
  }

  /** {@code usage.inference_geo}, or "". */
  public String inferenceGeo(int i) {
    String g = dictionaries.geo(geo[i]);
    return g == null ? "" : g;
  }

  /** True for a request a gateway refused (it cost nothing). */
  public boolean refused(int i) {
    return refused[i] != 0;
  }

  /** The file the request came from, relative to its traces root. */
  public String sourceFile(int i) {
    return dictionaries.file(file[i]);
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
    return id != null ? id : sourceFile(i) + "#" + ordinal[i];
  }
}
