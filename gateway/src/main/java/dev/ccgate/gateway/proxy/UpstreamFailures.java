package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.wire.ApiError;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;

/**
 * The one place where a failure to get an answer from upstream becomes the client's answer (SPEC
 * §8): a timeout is 504 {@code timeout_error}, anything else 502 {@code api_error}, both in the
 * Anthropic shape so Claude Code retries them as it would an API outage. Upstream's own error
 * responses are not failures: they are relayed unmodified.
 */
final class UpstreamFailures {
  private UpstreamFailures() {}

  /** The answer for {@code failure}. */
  static ApiError map(Throwable failure) {
    Throwable cause = rootOf(failure);
    if (cause instanceof TimeoutException) {
      return new ApiError(504, "timeout_error", "The upstream API did not answer in time.", false);
    }
    String why =
        cause instanceof ConnectException
                || cause instanceof UnknownHostException
                || cause instanceof UnresolvedAddressException
            ? "The gateway could not connect to the upstream API."
            : "The upstream API connection failed.";
    return new ApiError(502, "api_error", why, false);
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable t = failure;
    for (int i = 0; i < 10 && t.getCause() != null && t.getCause() != t; i++) {
      if (t instanceof TimeoutException) {
        return t;
      }
      t = t.getCause();
    }
    return t;
  }
}
