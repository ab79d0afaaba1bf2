package dev.ccgate.simulator.store;

/**
 * The distinct values of each string column of {@code requests}, indexed by the codes a {@link
 * RequestBatch} holds; code 0 is null.
 */
final class RequestDictionaries {
  private final String[][] values;

  RequestDictionaries(String[][] values) {
    this.values = values;
  }

  private String get(Coded column, int code) {
    return values[column.ordinal()][code];
  }

  int size(Coded column) {
    return values[column.ordinal()].length - 1;
  }

  String developer(int code) {
    return get(Coded.DEVELOPER, code);
  }

  String team(int code) {
    return get(Coded.TEAM, code);
  }

  String session(int code) {
    return get(Coded.SESSION, code);
  }

  String model(int code) {
    return get(Coded.MODEL, code);
  }

  String servedModel(int code) {
    return get(Coded.SERVED_MODEL, code);
  }

  String speed(int code) {
    return get(Coded.SPEED, code);
  }

  String geo(int code) {
    return get(Coded.INFERENCE_GEO, code);
  }

  String file(int code) {
    return get(Coded.SOURCE_FILE, code);
  }

  /** The string columns a replay reads as dictionary codes. */
  enum Coded {
    DEVELOPER("developer", true),
    TEAM("team", true),
    SESSION("session", true),
    AGENT("agent_id", false),
    MODEL("model", true),
    SERVED_MODEL("served_model", true),
    SPEED("speed", true),
    INFERENCE_GEO("inference_geo", true),
    SOURCE_FILE("source_file", true);

    final String column;

    /** False when a replay needs only the codes, not the strings. */
    final boolean strings;

    Coded(String column, boolean strings) {
      this.column = column;
      this.strings = strings;
    }
  }
}
