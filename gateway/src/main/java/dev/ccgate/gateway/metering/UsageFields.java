package dev.ccgate.gateway.metering;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;

/**
 * The {@code usage} object of a message as it builds up: each report overwrites the fields it
 * carries and leaves the others (anthropic-api.md §3.2: cumulative totals, "overwrite when present
 * and never add"; a JSON {@code null} means absent).
 */
final class UsageFields {
  private Long input;
  private Long output;
  private Long cacheCreation;
  private Long cacheRead;
  private Long write5m;
  private Long write1h;
  private Long webSearches;
  private String speed;
  private String geo;

  /** Overwrites every non-null field {@code usage} carries; a missing object changes nothing. */
  void overwrite(JsonNode usage) {
    if (usage == null || !usage.isObject()) {
      return;
    }
    input = count(usage.get("input_tokens"), input);
    output = count(usage.get("output_tokens"), output);
    cacheCreation = count(usage.get("cache_creation_input_tokens"), cacheCreation);
    cacheRead = count(usage.get("cache_read_input_tokens"), cacheRead);
    JsonNode split = usage.get("cache_creation");
    if (split != null && split.isObject()) {
      write5m = count(split.get("ephemeral_5m_input_tokens"), write5m);
      write1h = count(split.get("ephemeral_1h_input_tokens"), write1h);
    }
    JsonNode tools = usage.get("server_tool_use");
    if (tools != null && tools.isObject()) {
      webSearches = count(tools.get("web_search_requests"), webSearches);
    }
    speed = text(usage.get("speed"), speed);
    geo = text(usage.get("inference_geo"), geo);
  }

  /** Output tokens reported so far (the {@code message_start} placeholder until a delta). */
  long outputTokens() {
    return output == null ? 0 : output;
  }

  /** True when some report set the input side. */
  boolean hasInput() {
    return input != null || cacheCreation != null || cacheRead != null;
  }

  /**
   * The usage to price. Cache writes come from the 5m/1h split when present; creation tokens the
   * split does not account for (no split at all, or one reported as zeros) count as 5-minute
   * writes, the default TTL.
   */
  Usage toUsage(long outputTokens) {
    long oneHour = or0(write1h);
    long fiveMinutes = or0(write5m);
    long total = cacheCreation == null ? fiveMinutes + oneHour : cacheCreation;
    if (total > fiveMinutes + oneHour) {
      fiveMinutes = total - oneHour;
    }
    return new Usage(
        or0(input),
        outputTokens,
        fiveMinutes,
        oneHour,
        or0(cacheRead),
        "fast".equals(speed) ? Speed.FAST : Speed.STANDARD,
        geo == null ? "" : geo,
        or0(webSearches));
  }

  private static Long count(JsonNode n, Long previous) {
    return n != null && n.canConvertToLong() && n.asLong() >= 0
        ? Long.valueOf(n.asLong())
        : previous;
  }

  private static String text(JsonNode n, String previous) {
    return n != null && n.isTextual() ? n.asText() : previous;
  }

  private static long or0(Long v) {
    return v == null ? 0 : v;
  }
}
