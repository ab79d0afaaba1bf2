package dev.ccgate.kernel;

import java.time.Instant;
import java.util.Objects;

/**
 * A model request as the kernel sees it before it goes upstream.
 *
 * @param requestId a unique id (the gateway's, or the trace's)
 * @param sessionId the Claude Code session, or "" when unknown
 * @param time when the request arrived; the kernel's only clock
 * @param developer the developer id (e-mail) or one of their aliases
 * @param teamHint the team an export names for the developer, or null; used only when the policy
 *     does not list the developer
 * @param model the model id as asked
 * @param inputTokens estimated prompt tokens including cache
 */
public record Request(
    String requestId,
    String sessionId,
    Instant time,
    String developer,
    String teamHint,
    String model,
    long inputTokens,
    long maxTokens,
    boolean stream) {

  /** Validates the request. */
  public Request {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(developer, "developer");
    Objects.requireNonNull(model, "model");
  }
}
