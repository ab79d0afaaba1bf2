package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.identity.Identity;
import dev.ccgate.gateway.identity.KeyHash;
import dev.ccgate.gateway.identity.KeyRing;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Identifies the developer of a request from its credential: {@code x-api-key}, else {@code
 * Authorization: Bearer} (Claude Code sends one or the other, or both with the same value).
 *
 * <p>With virtual keys an unknown key is refused. With pass-through auth the credential is the
 * developer's own Anthropic key: a known hash names the developer, an unknown one becomes the
 * developer {@code key:<8 hex of its hash>}, whom the policy's {@code developers.unknown} then
 * admits (default team) or rejects.
 */
final class Authenticator {
  /** The developer id prefix for an unlisted key under pass-through auth. */
  static final String UNKNOWN_KEY_PREFIX = "key:";

  private final KeyRing keys;
  private final boolean passthrough;

  Authenticator(KeyRing keys, boolean passthrough) {
    this.keys = keys;
    this.passthrough = passthrough;
  }

  /** The identity, or empty when the request has no credential or an unknown virtual key. */
  Optional<Identity> identify(HttpFields clientToProxyHeaders) {
    String key = credential(clientToProxyHeaders);
    if (key == null) {
      return Optional.empty();
    }
    KeyHash hash = KeyHash.of(key);
    Optional<Identity> known = keys.find(hash);
    if (known.isPresent() || !passthrough) {
      return known;
    }
    return Optional.of(new Identity(UNKNOWN_KEY_PREFIX + hash.shortHex(), null, hash.shortHex()));
  }

  /** The presented key, or null. */
  static String credential(HttpFields headers) {
    String apiKey = headers.get("x-api-key");
    if (apiKey != null && !apiKey.isBlank()) {
      return apiKey.strip();
    }
    String authorization = headers.get(HttpHeader.AUTHORIZATION);
    if (authorization != null
        && authorization.length() > 7
        && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      String token = authorization.substring(7).strip();
      return token.isEmpty() ? null : token;
    }
    return null;
  }
}
