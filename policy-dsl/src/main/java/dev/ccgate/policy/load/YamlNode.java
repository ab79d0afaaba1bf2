package dev.ccgate.policy.load;

/**
 * A node of the positioned YAML tree: Jackson's own trees drop locations, so the loader builds this
 * small tree from the streaming parser and every problem can name its line and column.
 */
public sealed interface YamlNode permits YamlScalar, YamlMap, YamlSeq {
  /** Where the node starts. */
  Mark mark();

  /** A short name of the node's shape for type errors: "a map", "a list", "text", ... */
  String describe();
}
