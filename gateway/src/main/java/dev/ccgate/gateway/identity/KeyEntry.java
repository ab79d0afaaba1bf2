package dev.ccgate.gateway.identity;

import java.util.List;
import java.util.Objects;

/**
 * One developer in the keys file.
 *
 * @param team the team to use when the policy does not list the developer, or null
 * @param keys the hashes of the developer's keys
 */
public record KeyEntry(String team, List<KeyHash> keys) {
  /** Copies the keys. */
  public KeyEntry {
    keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
  }
}
