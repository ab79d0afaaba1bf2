package dev.ccgate.simulator.generate;

import java.util.List;

/**
 * One API call Claude Code made, with the usage the API reported (formats.md 1.3). Its transcript
 * shape is one line per content block, all with the same ids and usage.
 *
 * @param time when the response arrived, epoch milliseconds
 * @param input uncached input tokens (a handful: Claude Code caches up to the last message)
 * @param output output tokens, thinking included
 * @param thinking the thinking part of {@code output}
 * @param write5m 5-minute cache writes
 * @param write1h 1-hour cache writes
 * @param read cache reads
 * @param geo {@code usage.inference_geo}, or null when the model has no data residency
 * @param stopReason {@code tool_use} or {@code end_turn}
 * @param agentId the subagent's id for sidechain calls, else null
 * @param partialOutput output tokens of a streaming snapshot written before the final lines, or 0
 * @param querySource OTel's {@code query_source}
 * @param costMicros the list-price cost, micro-dollars (OTel's {@code cost_usd})
 */
record Call(
    long time,
    String model,
    String messageId,
    String requestId,
    long input,
    long output,
    long thinking,
    long write5m,
    long write1h,
    long read,
    boolean fast,
    String geo,
    int webSearches,
    List<Block> blocks,
    String stopReason,
    boolean sidechain,
    String agentId,
    long partialOutput,
    long durationMs,
    String querySource,
    String effort,
    long costMicros)
    implements Session.Entry {

  Call {
    blocks = List.copyOf(blocks);
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("a response has at least one content block");
    }
  }

  /** Cache writes of both lifetimes. */
  long writes() {
    return write5m + write1h;
  }

  /** One content block of a response. */
  record Block(Kind kind, String text, String toolName, String toolUseId, String inputKey) {
    /** The content block types Claude Code writes a line for. */
    enum Kind {
      THINKING,
      TEXT,
      TOOL_USE
    }

    static Block thinking(String text) {
      return new Block(Kind.THINKING, text, null, null, null);
    }

    static Block text(String text) {
      return new Block(Kind.TEXT, text, null, null, null);
    }

    /** A tool call whose single input {@code inputKey} is {@code value}. */
    static Block toolUse(String tool, String id, String inputKey, String value) {
      return new Block(Kind.TOOL_USE, value, tool, id, inputKey);
    }
  }
}
