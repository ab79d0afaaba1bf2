package dev.ccgate.gateway.wire;

import java.util.List;
import java.util.Objects;

/**
 * The request's {@code thinking} object as found in the body.
 *
 * @param type {@code enabled}, {@code adaptive}, {@code disabled} or whatever the client sent
 * @param budgetTokens {@code budget_tokens}, or -1 when absent
 * @param span the whole object's bytes
 * @param member the whole member's bytes, from its key's opening quote to the object's end
 * @param otherMembers every member besides {@code type} and {@code budget_tokens} (e.g. {@code
 *     display}), as raw {@code "name":value} spans in body order
 */
public record Thinking(
    String type, long budgetTokens, Span span, Span member, List<Span> otherMembers) {
  /** Validates and copies. */
  public Thinking {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(member, "member");
    otherMembers = List.copyOf(otherMembers);
  }
}
