package dev.ccgate.gateway.wire;

import java.util.Objects;

/**
 * What the gateway reads from a {@code POST /v1/messages} body; everything else stays bytes.
 *
 * @param model the {@code model} string
 * @param modelSpan where the {@code model} value (with its quotes) sits in the body
 * @param maxTokens {@code max_tokens}, or -1 when absent
 * @param maxTokensSpan where the {@code max_tokens} value sits, or null when absent
 * @param stream {@code stream: true}
 * @param thinking the {@code thinking} object, or null when absent
 * @param userId {@code metadata.user_id}, or null
 * @param estimatedInputTokens a rough prompt size for policy conditions and price bands (see {@link
 *     MessagesRequestParser})
 */
public record MessagesRequest(
    String model,
    Span modelSpan,
    long maxTokens,
    Span maxTokensSpan,
    boolean stream,
    Thinking thinking,
    String userId,
    long estimatedInputTokens) {
  /** Validates the request. */
  public MessagesRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(modelSpan, "modelSpan");
  }
}
