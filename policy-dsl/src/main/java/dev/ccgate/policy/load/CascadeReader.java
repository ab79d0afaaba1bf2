package dev.ccgate.policy.load;

import dev.ccgate.pricing.ModelPrice;
import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.ResolvedModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code cascade:} (default {@code [opus, sonnet, haiku]}) and {@code models:} (default
 * empty), checking both against the price table: every family must have models, and a named model
 * must be of its rung's family.
 */
final class CascadeReader {
  /** The cascade of a policy that names none. */
  static final List<String> DEFAULT = List.of("opus", "sonnet", "haiku");

  private final Values values;
  private final Problems problems;
  private final PriceTable table;

  /**
   * @param table the policy's price table, or null when it failed to load (skips price checks)
   */
  CascadeReader(Values values, PriceTable table) {
    this.values = values;
    this.problems = values.problems();
    this.table = table;
  }

  /** The cascade; null after an error. */
  List<String> cascade(YamlNode node) {
    YamlSeq seq = values.seq(node, "cascade", "[opus, sonnet, haiku]");
    if (seq == null) {
      return Values.present(node) ? null : DEFAULT;
    }
    if (seq.items().isEmpty()) {
      problems.error(
          "empty-cascade", seq.mark(), "cascade needs at least one family", "e.g. [opus, sonnet]");
      return null;
    }
    List<String> families = new ArrayList<>();
    List<Mark> marks = new ArrayList<>();
    boolean failed = false;
    for (YamlNode item : seq.items()) {
      String family = values.text(item, "cascade", "a model family");
      if (family == null) {
        failed = true;
      } else if (families.contains(family)) {
        problems.error(
            "duplicate-family", item.mark(), "cascade lists '" + family + "' twice", null);
        failed = true;
      } else if (table != null && !table.families().contains(family)) {
        problems.error(
            "unknown-family",
            item.mark(),
            "cascade family '" + family + "' has no models in the price table",
            Suggestions.hint(family.toLowerCase(Locale.ROOT), table.families()));
        failed = true;
      } else {
        families.add(family);
        marks.add(item.mark());
      }
    }
    if (failed) {
      return null;
    }
    checkOrder(families, marks);
    return families;
  }

  // SPEC §3: the cascade runs from most to least expensive; compare the newest models' input.
  private void checkOrder(List<String> families, List<Mark> marks) {
    if (table == null) {
      return;
    }
    for (int i = 1; i < families.size(); i++) {
      long above = newestInput(families.get(i - 1));
      long below = newestInput(families.get(i));
      if (below > above) {
        problems.warning(
            "cascade-order",
            marks.get(i),
            "'"
                + families.get(i)
                + "' costs more than '"
                + families.get(i - 1)
                + "' above it, so a downgrade to it raises cost",
            "list families from most to least expensive");
      }
    }
  }

  private long newestInput(String family) {
    return table
        .newestOf(family)
        .map(table::versions)
        .filter(v -> !v.isEmpty())
        .map(v -> v.get(v.size() - 1))
        .map(ModelPrice::rates)
        .map(r -> r.inputNanos())
        .orElse(0L);
  }

  /** The {@code models:} map; null after an error. */
  Map<String, String> models(YamlNode node, List<String> cascade) {
    YamlMap map = values.map(node, "models", "{opus: claude-opus-4-5, haiku: claude-haiku-4-5}");
    if (map == null) {
      return Values.present(node) ? null : Map.of();
    }
    Map<String, String> models = new LinkedHashMap<>();
    boolean failed = false;
    for (YamlMap.Entry entry : map.list()) {
      String family = entry.key();
      String model = values.text(entry.value(), "models." + family, "a model id");
      if (model == null) {
        failed = true;
        if (!Values.present(entry.value())) {
          problems.error("wrong-type", entry.keyMark(), "models." + family + " is empty", null);
        }
        continue;
      }
      if (cascade != null && !cascade.contains(family)) {
        problems.error(
            "not-in-cascade",
            entry.keyMark(),
            "models names a model for '" + family + "', which is not in the cascade " + cascade,
            Suggestions.hint(family, cascade));
        failed = true;
        continue;
      }
      failed |= !checkModel(family, model.strip(), entry.value().mark());
      models.put(family, model.strip());
    }
    return failed ? null : models;
  }

  private boolean checkModel(String family, String model, Mark at) {
    if (table == null) {
      return true;
    }
    ResolvedModel resolved = table.resolve(model);
    if (!resolved.known()) {
      if (resolved.family().equals(family)) {
        problems.warning(
            "unknown-model",
            at,
            "the price table does not know '" + model + "'; it is priced as " + resolved.id(),
            "check the id, or add it under pricing_overrides");
        return true;
      }
      problems.error(
          "unknown-model",
          at,
          "'" + model + "' is not a " + family + " model the price table knows",
          table.newestOf(family).map(id -> "e.g. " + id).orElse(null));
      return false;
    }
    if (!resolved.family().equals(family)) {
      problems.error(
          "model-family-mismatch",
          at,
          "models." + family + " is " + model + ", a " + resolved.family() + " model",
          table.newestOf(family).map(id -> "e.g. " + id).orElse(null));
      return false;
    }
    return true;
  }
}
