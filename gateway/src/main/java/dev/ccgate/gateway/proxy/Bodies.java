package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.wire.ApiError;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** What to answer when a request body could not be read. */
final class Bodies {
  private Bodies() {}

  /** 413 for a body over the limit; a broken client connection just ends the exchange. */
  static void refuse(
      Response proxyToClientResponse,
      Callback proxyToClientCallback,
      Throwable failure,
      long maxBodyBytes,
      String requestId) {
    if (failure instanceof BodyReader.TooLargeException) {
      Replies.error(
          proxyToClientResponse, proxyToClientCallback, ApiError.tooLarge(maxBodyBytes), requestId);
    } else {
      proxyToClientCallback.failed(failure);
    }
  }
}
