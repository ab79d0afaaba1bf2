package dev.ccgate.simulator.store;

/**
 * Transcript deduplication (formats.md 1.4) as one set-based query over {@code staged_requests},
 * equivalent to ccusage's global {@code push_deduped_entry}:
 *
 * <ol>
 *   <li>Only transcript rows with a {@code message_id} take part; every other row passes.
 *   <li>A sidechain row collides with any row of the same message id (its replayed parent has a new
 *       request id), and a non-sidechain copy always wins, so sidechain rows whose message id has a
 *       non-sidechain row are dropped.
 *   <li>The rest group by {@code message_id + ":" + request_id} ({@code message_id} alone when the
 *       request id is missing; all remaining sidechain rows of one message id form one group).
 *   <li>Per group the largest token total wins; on a tie the row with {@code speed} wins; then the
 *       earliest (time, file, position), as older ccusage kept the first.
 * </ol>
 */
final class Deduplication {
  static final String OUTPUT_COLUMNS =
      "time, developer, team, session, request_id, message_id, model, served_model,"
          + " input_tokens, output_tokens, cache_write_5m, cache_write_1h, cache_read, speed,"
          + " inference_geo, web_searches, is_sidechain, agent_id, refused, source_file,"
          + " source_line, source_ordinal, format";

  static final String SQL =
      "WITH keyed AS (SELECT *, bool_or(NOT is_sidechain) OVER (PARTITION BY message_id)"
          + "   AS has_main FROM staged_requests"
          + "   WHERE format = 'transcript' AND message_id IS NOT NULL),"
          + " ranked AS (SELECT *, row_number() OVER ("
          + "   PARTITION BY message_id, is_sidechain,"
          + "     CASE WHEN is_sidechain THEN NULL ELSE request_id END"
          + "   ORDER BY input_tokens + output_tokens + cache_write_5m + cache_write_1h"
          + "     + cache_read DESC, (speed IS NOT NULL) DESC, time, source_file,"
          + "     source_ordinal) AS rank"
          + "   FROM keyed WHERE NOT (is_sidechain AND has_main))"
          + " SELECT "
          + OUTPUT_COLUMNS
          + " FROM ranked WHERE rank = 1"
          + " UNION ALL SELECT "
          + OUTPUT_COLUMNS
          + " FROM staged_requests WHERE format <> 'transcript' OR message_id IS NULL";

  private Deduplication() {}
}
