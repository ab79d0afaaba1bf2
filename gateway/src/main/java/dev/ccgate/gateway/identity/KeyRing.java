package dev.ccgate.gateway.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up the developer of a presented key. The key is hashed first and only hashes are compared,
 * with {@code MessageDigest.isEqual}: the table lookup is keyed by the hash, which a caller cannot
 * steer without knowing a key, so its timing reveals nothing useful. Immutable.
 */
public final class KeyRing {
  private final Map<KeyHash, Entry> byHash = new HashMap<>();

  /** The keys of {@code file}. */
  public KeyRing(KeysFile file) {
    file.developers()
        .forEach(
            (developer, entry) ->
                entry.keys().forEach(k -> byHash.put(k, new Entry(k, developer, entry.team()))));
  }

  /** The identity holding a key with hash {@code presented}, if any. */
  public Optional<Identity> find(KeyHash presented) {
    Entry e = byHash.get(presented);
    if (e == null || !e.hash().matches(presented)) {
      return Optional.empty();
    }
    return Optional.of(new Identity(e.developer(), e.team(), presented.shortHex()));
  }

  /** How many keys the ring holds. */
  public int size() {
    return byHash.size();
  }

  private record Entry(KeyHash hash, String developer, String team) {}
}
