package dev.ccgate.gateway.wire;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An error the gateway answers itself, in the Anthropic shape (anthropic-api.md §4.1): {@code
 * {"type":"error","error":{"type":…,"message":…},"request_id":…}}. A pause also carries the message
 * at the top level, which older Claude Code builds print instead of the raw JSON (§7.4).
 *
 * @param status the HTTP status
 * @param type the {@code error.type}
 * @param message the {@code error.message}; never contains request or key material
 * @param topLevelMessage whether to copy the message to a top-level {@code message} field
 */
public record ApiError(int status, String type, String message, boolean topLevelMessage) {

  /** Validates the error. */
  public ApiError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(message, "message");
  }

  /** 400 {@code invalid_request_error}. */
  public static ApiError invalidRequest(String message) {
    return new ApiError(400, "invalid_request_error", message, false);
  }

  /** 401 {@code authentication_error}. */
  public static ApiError authentication(String message) {
    return new ApiError(401, "authentication_error", message, false);
  }

  /** 404 {@code not_found_error}: the default answer for every route the gateway does not serve. */
  public static ApiError notFound() {
    return new ApiError(
        404, "not_found_error", "The requested resource could not be found.", false);
  }

  /** 413 {@code request_too_large}. */
  public static ApiError tooLarge(long limitBytes) {
    return new ApiError(
        413,
        "request_too_large",
        "Request exceeds the maximum allowed number of bytes (" + limitBytes + ").",
        false);
  }

  /** 429 {@code billing_error}: the budget pause (SPEC §8), with the top-level message copy. */
  public static ApiError pause(String message) {
    return new ApiError(429, "billing_error", message, true);
  }

  /** The JSON body, with {@code requestId} as {@code request_id}. */
  public byte[] body(String requestId) {
    StringBuilder b = new StringBuilder(128 + message.length());
    b.append("{\"type\":\"error\",\"error\":{\"type\":")
        .append(JsonText.quote(type))
        .append(",\"message\":")
        .append(JsonText.quote(message))
        .append("},\"request_id\":")
        .append(JsonText.quote(requestId));
    if (topLevelMessage) {
      b.append(",\"message\":").append(JsonText.quote(message));
    }
    return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }
}
