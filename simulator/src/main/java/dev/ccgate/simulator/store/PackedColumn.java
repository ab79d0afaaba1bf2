package dev.ccgate.simulator.store;

import dev.ccgate.simulator.store.RequestDictionaries.Coded;

/**
 * The numbers a replay reads per request, each a non-negative {@code BIGINT} expression over {@code
 * requests r} (string columns as their dictionary codes, {@code d_<column>.code}, 0 for null; the
 * time as microseconds since the earliest request). {@link RequestBatches} packs them into as few
 * words as their ranges allow.
 */
enum PackedColumn {
  TIME(null, "epoch_us(r.time) - %d"),
  INPUT(null, "r.input_tokens"),
  OUTPUT(null, "r.output_tokens"),
  WRITE_5M(null, "r.cache_write_5m"),
  WRITE_1H(null, "r.cache_write_1h"),
  READ(null, "r.cache_read"),
  WEB_SEARCHES(null, "r.web_searches"),
  ORDINAL(null, "r.source_ordinal"),
  REFUSED(null, "r.refused::BIGINT"),
  DEVELOPER(Coded.DEVELOPER, null),
  TEAM(Coded.TEAM, null),
  SESSION(Coded.SESSION, null),
  AGENT(Coded.AGENT, null),
  MODEL(Coded.MODEL, null),
  SERVED_MODEL(Coded.SERVED_MODEL, null),
  SPEED(Coded.SPEED, null),
  INFERENCE_GEO(Coded.INFERENCE_GEO, null),
  SOURCE_FILE(Coded.SOURCE_FILE, null);

  /** The dictionary of a string column, or null for a number. */
  final Coded coded;

  private final String expression;

  PackedColumn(Coded coded, String expression) {
    this.coded = coded;
    this.expression = expression;
  }

  /**
   * The SQL expression; {@code minTime} is the earliest request's epoch microseconds. A string
   * column that is null in every row has no dictionary to join: its code is the constant 0.
   */
  String expression(long minTime, RequestDictionaries dictionaries) {
    if (coded != null) {
      return dictionaries.size(coded) == 0 ? "0" : "coalesce(d_" + coded.column + ".code, 0)";
    }
    return this == TIME ? String.format(java.util.Locale.ROOT, expression, minTime) : expression;
  }

  /** The SQL aggregate giving this column's largest value, or null for a dictionary code. */
  String max(long minTime) {
    return coded == null ? "max(" + expression(minTime, null) + ")" : null;
  }
}
