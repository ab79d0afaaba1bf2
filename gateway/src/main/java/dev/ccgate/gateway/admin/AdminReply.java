package dev.ccgate.gateway.admin;

import dev.ccgate.gateway.wire.ApiError;

/**
 * What the admin API answers: a JSON body with a status, or an error in the Anthropic shape.
 *
 * @param error non-null for an error reply (then {@code json} is null)
 */
public record AdminReply(int status, String json, ApiError error) {
  /** 404 in the Anthropic shape (the admin API is off, or no such path). */
  public static AdminReply notFound() {
    return error(ApiError.notFound());
  }

  /** 400 in the Anthropic shape. */
  public static AdminReply badRequest(String message) {
    return error(ApiError.invalidRequest(message));
  }

  static AdminReply ok(String json) {
    return new AdminReply(200, json, null);
  }

  static AdminReply json(int status, String json) {
    return new AdminReply(status, json, null);
  }

  static AdminReply error(ApiError error) {
    return new AdminReply(error.status(), null, error);
  }
}
