package dev.ccgate.gateway.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The surgical rewrite for a DOWNGRADE or ROUTE (SPEC §8, anthropic-api.md §9): the {@code model}
 * value is replaced, {@code max_tokens} is clamped to the target's output limit, and {@code
 * thinking} is mapped to what the target generation accepts. Every other byte of the body is kept
 * in place: the edits are spliced into the original bytes, never re-serialised.
 */
public final class ModelRewrite {
  /** The API's smallest {@code budget_tokens}. */
  static final long MIN_THINKING_BUDGET = 1_024;

  /** What {@link #mapThinking} answers when the member is to be left out. */
  static final String REMOVE = "";

  private ModelRewrite() {}

  /**
   * The body of {@code request} sent to {@code targetModel}.
   *
   * @param targetMaxOutputTokens the target's output limit, or 0 when unknown (no clamp)
   * @param thinking which thinking types the target accepts
   */
  public static byte[] apply(
      byte[] body,
      MessagesRequest request,
      String targetModel,
      long targetMaxOutputTokens,
      ThinkingSupport thinking) {
    List<Edit> edits = new ArrayList<>(3);
    edits.add(new Edit(request.modelSpan(), JsonText.quote(targetModel)));
    long maxTokens = request.maxTokens();
    if (request.maxTokensSpan() != null
        && targetMaxOutputTokens > 0
        && maxTokens > targetMaxOutputTokens) {
      maxTokens = targetMaxOutputTokens;
      edits.add(new Edit(request.maxTokensSpan(), Long.toString(maxTokens)));
    }
    if (request.thinking() != null) {
      String mapped = mapThinking(body, request.thinking(), maxTokens, thinking);
      if (REMOVE.equals(mapped)) {
        edits.add(new Edit(withComma(body, request.thinking().member()), ""));
      } else if (mapped != null) {
        edits.add(new Edit(request.thinking().span(), mapped));
      }
    }
    return splice(body, edits);
  }

  /**
   * The new {@code thinking} object, null to keep the original bytes, or {@link #REMOVE} to drop
   * the member: no thinking is asked for by leaving it out, which every model accepts (a model
   * without extended thinking has no use for the object, and some models reject {@code
   * {"type":"disabled"}}, anthropic-api.md §9).
   */
  static String mapThinking(
      byte[] body, Thinking thinking, long maxTokens, ThinkingSupport support) {
    if (support == ThinkingSupport.NONE) {
      return REMOVE;
    }
    switch (thinking.type()) {
      case "enabled" -> {
        if (support == ThinkingSupport.ADAPTIVE_ONLY) {
          return object(body, "{\"type\":\"adaptive\"", thinking.otherMembers());
        }
        // budget_tokens must stay below max_tokens, which a clamp may just have lowered.
        if (maxTokens > 0 && thinking.budgetTokens() >= maxTokens) {
          long budget = maxTokens - 1;
          return budget < MIN_THINKING_BUDGET
              ? REMOVE
              : object(
                  body,
                  "{\"type\":\"enabled\",\"budget_tokens\":" + budget,
                  thinking.otherMembers());
        }
        return null;
      }
      case "adaptive" -> {
        if (support != ThinkingSupport.ENABLED_ONLY) {
          return null;
        }
        // The older model needs an explicit budget; Claude Code itself sends max_tokens - 1.
        // Members such as "display" are newer than these models, so they are dropped.
        long budget = maxTokens - 1;
        return budget < MIN_THINKING_BUDGET
            ? REMOVE
            : "{\"type\":\"enabled\",\"budget_tokens\":" + budget + "}";
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * {@code member} with the comma that separates it from its neighbour (the one after it, else the
   * one before it), so that removing the range leaves valid JSON. Between members there is only
   * whitespace and one comma.
   */
  static Span withComma(byte[] body, Span member) {
    int after = member.end();
    while (after < body.length && isSpace(body[after])) {
      after++;
    }
    if (after < body.length && body[after] == ',') {
      return new Span(member.start(), after + 1);
    }
    int before = member.start() - 1;
    while (before >= 0 && isSpace(body[before])) {
      before--;
    }
    if (before >= 0 && body[before] == ',') {
      return new Span(before, member.end());
    }
    return member; // the only member
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  private static String object(byte[] body, String head, List<Span> members) {
    StringBuilder b = new StringBuilder(head);
    for (Span member : members) {
      b.append(',')
          .append(
              new String(
                  body, member.start(), member.end() - member.start(), StandardCharsets.UTF_8));
    }
    return b.append('}').toString();
  }

  private static byte[] splice(byte[] body, List<Edit> edits) {
    edits.sort(Comparator.comparingInt(e -> e.span().start()));
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
    int at = 0;
    for (Edit edit : edits) {
      out.write(body, at, edit.span().start() - at);
      out.writeBytes(edit.text().getBytes(StandardCharsets.UTF_8));
      at = edit.span().end();
    }
    out.write(body, at, body.length - at);
    return out.toByteArray();
  }

  private record Edit(Span span, String text) {}
}
