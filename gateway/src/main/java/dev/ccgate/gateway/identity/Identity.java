package dev.ccgate.gateway.identity;

import java.util.Objects;

/**
 * Who a request is from.
 *
 * @param developer the developer id the kernel charges
 * @param teamHint the keys file's team for them, used only when the policy does not list them
 * @param keyId the first 8 hex digits of the key's hash (for logs)
 */
public record Identity(String developer, String teamHint, String keyId) {
  /** Validates the identity. */
  public Identity {
    Objects.requireNonNull(developer, "developer");
    Objects.requireNonNull(keyId, "keyId");
  }
}
