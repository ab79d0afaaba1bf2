package dev.ccgate.simulator.store;

/**
 * Transcript deduplication (formats.md 1.4) as one set-based query over the staged rows ({@link
 * Staging}), equivalent to ccusage's global {@code push_deduped_entry}:
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

  /**
   * The query. It decides on narrow rows (ids, sizes and order keys, no other strings) and then
   * reads the winners through the view: the same rule as window functions over whole rows, which
   * spent seconds sorting every column of half a million rows. The file order is the names' order
   * in the database, as it was when rows were ranked by {@code source_file}.
   */
  static final String SQL =
      "WITH files AS (SELECT code, format, row_number() OVER (ORDER BY name) AS file_rank"
          + "   FROM staged_files),"
          + " keyed AS (SELECT r.rowid AS row_id,"
          + "   substr(r.ids, greatest(r.request_id_length, 0) + 1) AS message_id,"
          + "   CASE WHEN r.request_id_length < 0 THEN NULL"
          + "     ELSE substr(r.ids, 1, r.request_id_length) END AS request_id,"
          + "   (r.flags & 1) <> 0 AS is_sidechain,"
          + "   r.input_tokens + r.output_tokens + r.cache_write_5m + r.cache_write_1h"
          + "     + r.cache_read AS total,"
          + "   r.speed <> -1 AS has_speed, r.time, f.file_rank, r.source_ordinal"
          + "   FROM staged_rows r JOIN files f ON f.code = r.file"
          + "   WHERE f.format = 'transcript' AND r.message_id_length >= 0),"
          + " main AS (SELECT DISTINCT message_id FROM keyed WHERE NOT is_sidechain),"
          + " kept AS (SELECT arg_min(row_id, struct_pack(t := -total, s := NOT has_speed,"
          + "     time := time, f := file_rank, o := source_ordinal)) AS row_id"
          + "   FROM keyed"
          + "   WHERE NOT (is_sidechain AND message_id IN (SELECT message_id FROM main))"
          + "   GROUP BY message_id, is_sidechain,"
          + "     CASE WHEN is_sidechain THEN NULL ELSE request_id END)"
          + " SELECT "
          + OUTPUT_COLUMNS
          + " FROM staged_request_view"
          + " WHERE row_id IN (SELECT row_id FROM kept)"
          + "   OR format <> 'transcript' OR message_id IS NULL";

  private Deduplication() {}
}
