package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.wire.ApiError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Answers the gateway writes itself: errors in the Anthropic shape, the pause, and probes. */
final class Replies {
  /**
   * The header carrying the gateway's id on every response (upstream's own stays in request-id).
   */
  static final String GATEWAY_REQUEST_ID = "x-ccgate-request-id";

  private Replies() {}

  /** Writes {@code error} (a client error needs no retry, so says so). */
  static void error(
      Response proxyToClientResponse, Callback callback, ApiError error, String requestId) {
    proxyToClientResponse.setStatus(error.status());
    var headers = proxyToClientResponse.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    headers.put("request-id", requestId);
    headers.put(GATEWAY_REQUEST_ID, requestId);
    if (error.status() < 500) {
      headers.put("x-should-retry", "false");
    }
    if (error.status() == 401) {
      headers.put("www-authenticate", "Bearer realm=\"ccgate\""); // RFC 9110 §15.5.2
    }
    proxyToClientResponse.write(true, ByteBuffer.wrap(error.body(requestId)), callback);
  }

  /**
   * Writes the pause (SPEC §8): 429 with {@code x-should-retry: false}, so Claude Code shows the
   * message at once instead of retrying ten times, and {@code retry-after} with the seconds until
   * the wallet resets (watchdog-mode clients wait for it).
   */
  static void pause(
      Response proxyToClientResponse,
      Callback callback,
      ApiError pause,
      String requestId,
      long retryAfterSeconds) {
    proxyToClientResponse
        .getHeaders()
        .put(HttpHeader.RETRY_AFTER, Long.toString(retryAfterSeconds));
    error(proxyToClientResponse, callback, pause, requestId);
  }

  /** {@code status} with a JSON {@code body} (the admin API). */
  static void json(Response proxyToClientResponse, Callback callback, int status, String body) {
    proxyToClientResponse.setStatus(status);
    proxyToClientResponse.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    proxyToClientResponse.write(
        true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  /** A 200 with {@code body} as {@code contentType}. */
  static void text(
      Response proxyToClientResponse, Callback callback, String contentType, String body) {
    proxyToClientResponse.setStatus(HttpStatus.OK_200);
    proxyToClientResponse.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    proxyToClientResponse.write(
        true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  /** 200 with a small JSON body (health checks). */
  static void ok(Response proxyToClientResponse, Callback callback, String json) {
    proxyToClientResponse.setStatus(HttpStatus.OK_200);
    proxyToClientResponse.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    proxyToClientResponse.write(
        true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
  }

  /** 200 with no body (the {@code HEAD /} probe). */
  static void empty(Response proxyToClientResponse, Callback callback) {
    proxyToClientResponse.setStatus(HttpStatus.OK_200);
    proxyToClientResponse.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
    callback.succeeded();
  }
}
