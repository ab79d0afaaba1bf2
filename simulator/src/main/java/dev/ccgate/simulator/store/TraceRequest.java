package dev.ccgate.simulator.store;

import dev.ccgate.pricing.Usage;
import dev.ccgate.simulator.trace.TraceFormat;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the requests table as a replay or report sees it, in replay order.
 *
 * @param team the export's own team attribute, or null (the policy decides the real team)
 * @param session the session id, or "" when the export has none
 * @param requestId the request id, or a stable synthetic one ({@code file#ordinal}) when the export
 *     has none
 * @param servedModel the model that actually answered when a gateway rewrote it, else null
 * @param refused true for a request a gateway refused (it cost nothing)
 */
public record TraceRequest(
    Instant time,
    String developer,
    String team,
    String session,
    String requestId,
    String messageId,
    String model,
    String servedModel,
    Usage usage,
    boolean sidechain,
    String agentId,
    boolean refused,
    String sourceFile,
    long sourceLine,
    TraceFormat format) {

  /** Validates the row. */
  public TraceRequest {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(developer, "developer");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(format, "format");
  }

  /** The model that was billed: the served model when a gateway rewrote the request. */
  public String billedModel() {
    return servedModel != null ? servedModel : model;
  }
}
