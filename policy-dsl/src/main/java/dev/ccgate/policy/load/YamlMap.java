package dev.ccgate.policy.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A mapping in file order; duplicate keys were reported while reading and the first one kept. */
public record YamlMap(Map<String, Entry> entries, Mark mark) implements YamlNode {

  /** One key with its own position and its value. */
  public record Entry(String key, Mark keyMark, YamlNode value) {
    /** Validates the entry. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(keyMark, "keyMark");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Copies the entries, keeping their order. */
  public YamlMap {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    Objects.requireNonNull(mark, "mark");
  }

  /** The entry for {@code key}, or null. */
  public Entry entry(String key) {
    return entries.get(key);
  }

  /** The value for {@code key}, or null. */
  public YamlNode get(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  /** The entries in file order. */
  public List<Entry> list() {
    return new ArrayList<>(entries.values());
  }

  @Override
  public String describe() {
    return "a map";
  }
}
