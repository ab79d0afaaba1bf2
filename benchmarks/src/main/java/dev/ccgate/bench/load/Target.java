package dev.ccgate.bench.load;

import java.net.URI;
import java.util.Map;

/**
 * Where a leg of the harness sends its requests: the fake directly, or a proxy in front of it.
 *
 * @param name shown in the tables
 * @param base scheme, host and port
 * @param headers added to every request (a proxy's own routing headers)
 */
record Target(String name, URI base, Map<String, String> headers) {
  /** The Messages endpoint, with the query Claude Code appends. */
  URI messages() {
    return base.resolve("/v1/messages?beta=true");
  }
}
