package dev.ccgate.gateway.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The keys file ({@code keys.yaml}): developer to the hashes of their virtual keys, plus an
 * optional team. Keys themselves are never stored.
 *
 * <pre>
 * developers:
 *   alice@example.com:
 *     team: platform          # optional
 *     keys:
 *       - sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * </pre>
 */
public final class KeysFile {
  /** The prefix of every virtual key. */
  public static final String KEY_PREFIX = "sk-ccgate-";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final SortedMap<String, KeyEntry> developers;

  /** A keys file holding {@code developers}. */
  public KeysFile(Map<String, KeyEntry> developers) {
    this.developers = Collections.unmodifiableSortedMap(new TreeMap<>(developers));
    Map<KeyHash, String> seen = new HashMap<>();
    this.developers.forEach(
        (developer, entry) ->
            entry
                .keys()
                .forEach(
                    key -> {
                      String other = seen.putIfAbsent(key, developer);
                      if (other != null) {
                        throw new IllegalArgumentException(
                            "key "
                                + key.shortHex()
                                + "… is listed for both "
                                + other
                                + " and "
                                + developer);
                      }
                    }));
  }

  /** Developers by id, sorted. */
  public SortedMap<String, KeyEntry> developers() {
    return developers;
  }

  /** Reads {@code file}; a missing file is an empty keys file. */
  public static KeysFile load(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new KeysFile(Map.of());
    }
    return parse(text, file.toString());
  }

  /** Parses keys-file text; errors name {@code source}. */
  public static KeysFile parse(String text, String source) throws IOException {
    JsonNode root = YAML.readTree(text);
    Map<String, KeyEntry> developers = new TreeMap<>();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return new KeysFile(developers);
    }
    JsonNode list = root.get("developers");
    if (!root.isObject() || (list != null && !list.isObject() && !list.isNull())) {
      throw new IllegalArgumentException(source + ": want a 'developers:' map");
    }
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      String key = field.getKey();
      if (!key.equals("developers")) {
        throw new IllegalArgumentException(source + ": unknown key '" + key + "'");
      }
    }
    if (list == null || list.isNull()) {
      return new KeysFile(developers);
    }
    for (Map.Entry<String, JsonNode> e : list.properties()) {
      developers.put(e.getKey(), entry(source, e.getKey(), e.getValue()));
    }
    try {
      return new KeysFile(developers);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static KeyEntry entry(String source, String developer, JsonNode node) {
    String where = source + ": developers." + developer;
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": want a map with 'keys' (and 'team')");
    }
    String team = null;
    List<KeyHash> keys = new ArrayList<>();
    for (Map.Entry<String, JsonNode> f : node.properties()) {
      switch (f.getKey()) {
        case "team" -> team = f.getValue().isNull() ? null : f.getValue().asText();
        case "keys" -> {
          if (!f.getValue().isArray()) {
            throw new IllegalArgumentException(where + ".keys: want a list of sha256: hashes");
          }
          for (JsonNode k : f.getValue()) {
            try {
              keys.add(KeyHash.parse(k.asText()));
            } catch (IllegalArgumentException e) {
              // Never echo the value: it may be a key pasted by mistake.
              throw new IllegalArgumentException(where + ".keys: " + e.getMessage(), e);
            }
          }
        }
        default -> throw new IllegalArgumentException(where + ": unknown key '" + f.getKey() + "'");
      }
    }
    return new KeyEntry(team, keys);
  }

  /**
   * A new virtual key for {@code developer} (created if absent; {@code team}, when not null,
   * replaces theirs): returns the key, which exists only in the return value, and the updated file.
   */
  public NewKey add(String developer, String team, SecureRandom random) {
    if (developer == null || developer.isBlank()) {
      throw new IllegalArgumentException("a developer id is required");
    }
    byte[] secret = new byte[30];
    random.nextBytes(secret);
    String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Map<String, KeyEntry> next = new TreeMap<>(developers);
    KeyEntry old = next.get(developer);
    List<KeyHash> keys = new ArrayList<>(old == null ? List.of() : old.keys());
    keys.add(KeyHash.of(key));
    next.put(developer, new KeyEntry(team != null ? team : old == null ? null : old.team(), keys));
    return new NewKey(key, new KeysFile(next));
  }

  /** A key just generated and the keys file that holds its hash. */
  public record NewKey(String key, KeysFile file) {}

  /** The file's YAML text, developers sorted. */
  public String toYaml() {
    StringBuilder b =
        new StringBuilder(
            """
            # ccgate virtual keys: developer -> SHA-256 of each key (keys are never stored).
            # Add one with: ccgate keys add DEVELOPER --keys FILE [--team TEAM]
            developers:""");
    if (developers.isEmpty()) {
      return b.append(" {}\n").toString();
    }
    b.append('\n');
    developers.forEach(
        (developer, entry) -> {
          b.append("  ").append(quote(developer)).append(":\n");
          if (entry.team() != null) {
            b.append("    team: ").append(quote(entry.team())).append('\n');
          }
          b.append("    keys:\n");
          entry.keys().forEach(k -> b.append("      - ").append(k).append('\n'));
        });
    return b.toString();
  }

  /** Writes the file atomically (a temporary file in the same directory, then a rename). */
  public void save(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".keys", ".tmp");
    try {
      Files.writeString(tmp, toYaml(), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
