package dev.ccgate.policy.load;

import java.util.List;
import java.util.Objects;

/** A sequence in file order. */
public record YamlSeq(List<YamlNode> items, Mark mark) implements YamlNode {
  /** Copies the items. */
  public YamlSeq {
    items = List.copyOf(items);
    Objects.requireNonNull(mark, "mark");
  }

  @Override
  public String describe() {
    return "a list";
  }
}
