package dev.ccgate.policy.load;

import java.util.List;

/**
 * One YAML map of the policy with the keys it may hold: reports every other key as an error with
 * the nearest known key suggested, then hands out values by key.
 */
final class Section {
  private final YamlMap map;
  private final String path;

  /**
   * Checks {@code map}'s keys against {@code known}.
   *
   * @param path the dotted path of the map for messages, e.g. {@code teams.platform}; "" for the
   *     top level
   */
  Section(YamlMap map, String path, Problems problems, List<String> known) {
    this.map = map;
    this.path = path;
    for (YamlMap.Entry entry : map.list()) {
      if (!known.contains(entry.key())) {
        String where = path.isEmpty() ? "at the top level" : "in " + path;
        problems.error(
            "unknown-key",
            entry.keyMark(),
            "unknown key '" + entry.key() + "' " + where,
            Suggestions.hint(entry.key(), known));
      }
    }
  }

  /** The value of {@code key}, or null when absent. */
  YamlNode get(String key) {
    return map.get(key);
  }

  /** True when {@code key} is present. */
  boolean has(String key) {
    return map.entry(key) != null;
  }

  /** The position of {@code key} itself, or of the map when the key is absent. */
  Mark keyMark(String key) {
    YamlMap.Entry entry = map.entry(key);
    return entry == null ? map.mark() : entry.keyMark();
  }

  /** The dotted path of {@code key} in this map, for messages. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The map's own position. */
  Mark mark() {
    return map.mark();
  }

  /** The dotted path of this map. */
  String path() {
    return path;
  }
}
