package dev.ccgate.gateway.proxy;

/**
 * The routes that reach upstream, matched on method and path only: Claude Code appends {@code
 * ?beta=true}, and the query is forwarded unchanged. Everything else is refused (default deny).
 */
enum Route {
  /** {@code POST /v1/messages}: decided, metered and settled. */
  MESSAGES,
  /** {@code POST /v1/messages/count_tokens}: free, never paused, never charged. */
  COUNT_TOKENS,
  /** {@code GET /v1/models} and {@code GET /v1/models/{id}}: passed through. */
  MODELS,
  /** Anything else: 404 after the identity check. */
  NOT_FOUND;

  /** The route's name in metrics. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The route of {@code method} on {@code path}. */
  static Route of(String method, String path) {
    if ("POST".equals(method)) {
      if ("/v1/messages".equals(path)) {
        return MESSAGES;
      }
      if ("/v1/messages/count_tokens".equals(path)) {
        return COUNT_TOKENS;
      }
    } else if ("GET".equals(method)
        && ("/v1/models".equals(path)
            || (path.startsWith("/v1/models/")
                && path.indexOf('/', 11) < 0
                && path.length() > 11))) {
      return MODELS;
    }
    return NOT_FOUND;
  }
}
