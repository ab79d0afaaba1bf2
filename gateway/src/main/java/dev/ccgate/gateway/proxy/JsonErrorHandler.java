package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.wire.ApiError;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a malformed request line, headers too large, an unexpected exception) in the
 * Anthropic shape instead of an HTML page, and never with a stack trace.
 */
public final class JsonErrorHandler implements Request.Handler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object attribute = request.getAttribute(ErrorHandler.ERROR_STATUS);
    int status = attribute instanceof Integer i ? i : response.getStatus();
    if (status < 400) {
      status = HttpStatus.INTERNAL_SERVER_ERROR_500;
    }
    String type =
        switch (status) {
          case 401 -> "authentication_error";
          case 404 -> "not_found_error";
          case 413 -> "request_too_large";
          case 429 -> "rate_limit_error";
          default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
    String reason = HttpStatus.getMessage(status);
    ApiError error = new ApiError(status, type, reason == null ? "Error" : reason, false);
    response.getHeaders().remove("request-id");
    Replies.error(response, callback, error, RequestIds.next());
    return true;
  }
}
