package dev.ccgate.policy.load;

import dev.ccgate.policy.PricingSpec;
import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.RateOverride;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code pricing:} ({@code builtin}, the default, or a price file's path relative to the
 * policy file) and {@code pricing_overrides:} (USD per million tokens, converted exactly to
 * nano-dollars per token; at most three decimals).
 */
final class PricingReader {
  private static final List<String> OVERRIDE_KEYS =
      List.of(
          "input",
          "output",
          "cache_write_5m",
          "cache_write_1h",
          "cache_read",
          "fast_multiplier",
          "family");

  private final Values values;
  private final Problems problems;
  private final PriceTableSource tables;
  private final Path baseDir;

  /** The table a policy prices with, and how the policy named it. */
  record Pricing(PricingSpec spec, PriceTable table) {}

  PricingReader(Values values, PriceTableSource tables, Path baseDir) {
    this.values = values;
    this.problems = values.problems();
    this.tables = tables;
    this.baseDir = baseDir;
  }

  /** The pricing; null after an error. */
  Pricing read(YamlNode pricingNode, YamlNode overridesNode) {
    String table = PricingSpec.BUILTIN_TABLE;
    if (Values.present(pricingNode)) {
      table = values.text(pricingNode, "pricing", "builtin or a price file path");
    }
    Map<String, RateOverride> overrides = overrides(overridesNode);
    if (table == null || overrides == null) {
      return null;
    }
    PriceTable base = base(table, pricingNode);
    if (base == null) {
      return null;
    }
    PriceTable priced = apply(base, overrides, (YamlMap) overridesNode);
    return priced == null ? null : new Pricing(new PricingSpec(table, overrides), priced);
  }

  private PriceTable base(String table, YamlNode node) {
    if (table.equals(PricingSpec.BUILTIN_TABLE)) {
      return tables.builtin();
    }
    Path file = baseDir == null ? Path.of(table) : baseDir.resolve(table);
    try {
      return tables.load(file);
    } catch (IOException e) {
      problems.error(
          "pricing-unreadable",
          node.mark(),
          "cannot read price file " + file + ": " + reason(e),
          "the path is relative to the policy file; or write pricing: builtin");
    } catch (IllegalArgumentException e) {
      problems.error("bad-pricing-file", node.mark(), e.getMessage(), null);
    }
    return null;
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
  }

  // Each override is tried alone first, so a failure is reported at its own key.
  private PriceTable apply(PriceTable base, Map<String, RateOverride> overrides, YamlMap map) {
    boolean failed = false;
    for (Map.Entry<String, RateOverride> e : overrides.entrySet()) {
      try {
        tables.withOverrides(base, Map.of(e.getKey(), e.getValue()));
      } catch (IllegalArgumentException ex) {
        problems.error(
            "bad-override", map.entry(e.getKey()).keyMark(), message(ex, e.getKey()), null);
        failed = true;
      }
    }
    if (failed) {
      return null;
    }
    try {
      return tables.withOverrides(base, overrides);
    } catch (IllegalArgumentException ex) {
      // Overrides that are fine alone can clash, e.g. two ids of one model.
      String m = String.valueOf(ex.getMessage());
      Mark at =
          overrides.keySet().stream()
              .filter(key -> m.startsWith("pricing_overrides." + key + ": "))
              .max(java.util.Comparator.comparingInt(String::length))
              .map(key -> map.entry(key).keyMark())
              .orElse(map.mark());
      problems.error("bad-override", at, m, null);
      return null;
    }
  }

  private static String message(IllegalArgumentException ex, String key) {
    String m = ex.getMessage() == null ? "invalid override" : ex.getMessage();
    String prefix = "pricing_overrides." + key + ": ";
    return m.startsWith(prefix) ? m : prefix + m;
  }

  private Map<String, RateOverride> overrides(YamlNode node) {
    YamlMap map =
        values.map(node, "pricing_overrides", "{claude-opus-4-5: {input: 5, output: 25}}");
    if (map == null) {
      return Values.present(node) ? null : Map.of();
    }
    Map<String, RateOverride> overrides = new LinkedHashMap<>();
    boolean failed = false;
    for (YamlMap.Entry entry : map.list()) {
      RateOverride override = override(entry, "pricing_overrides." + entry.key());
      if (override == null) {
        failed = true;
      } else {
        overrides.put(entry.key(), override);
      }
    }
    return failed ? null : overrides;
  }

  private RateOverride override(YamlMap.Entry entry, String path) {
    YamlMap map = values.map(entry.value(), path, "{input: 5, output: 25}");
    if (map == null) {
      if (!Values.present(entry.value())) {
        problems.error("wrong-type", entry.keyMark(), path + " sets no rate", "e.g. {input: 5}");
      }
      return null;
    }
    Section s = new Section(map, path, problems, OVERRIDE_KEYS);
    Long[] rates = new Long[5];
    boolean failed = false;
    for (int i = 0; i < 5; i++) {
      String key = OVERRIDE_KEYS.get(i);
      if (s.has(key)) {
        rates[i] = nanos(s.get(key), s.path(key));
        failed |= rates[i] == null;
      }
    }
    Long fast = null;
    if (s.has("fast_multiplier")) {
      fast = multiplier(s.get("fast_multiplier"), s.path("fast_multiplier"));
      failed |= fast == null;
    }
    String family = null;
    if (s.has("family")) {
      family = values.text(s.get("family"), s.path("family"), "a model family");
      failed |= family == null;
      family = family == null ? null : family.strip().toLowerCase(Locale.ROOT);
    }
    if (failed) {
      return null;
    }
    return new RateOverride(rates[0], rates[1], rates[2], rates[3], rates[4], fast, family);
  }

  /** USD per million tokens to nano-dollars per token, exactly ($5 is 5000). */
  private Long nanos(YamlNode node, String path) {
    BigDecimal usd = decimal(node, path, "a price in USD per million tokens, e.g. 5 or 0.30");
    if (usd == null) {
      return null;
    }
    try {
      return usd.movePointRight(3).longValueExact();
    } catch (ArithmeticException e) {
      problems.error(
          "bad-price",
          node.mark(),
          path + " is finer than $0.001 per million tokens",
          "use at most three decimals");
      return null;
    }
  }

  /** A multiplier such as {@code 6} or {@code 1.5x} in basis points (6x is 60000). */
  private Long multiplier(YamlNode node, String path) {
    BigDecimal value = decimal(node, path, "a multiplier such as 6");
    if (value == null) {
      return null;
    }
    try {
      if (value.signum() <= 0) {
        throw new ArithmeticException();
      }
      return value.movePointRight(4).longValueExact();
    } catch (ArithmeticException e) {
      problems.error(
          "bad-price", node.mark(), path + " must be more than 0 with at most 4 decimals", null);
      return null;
    }
  }

  private BigDecimal decimal(YamlNode node, String path, String expected) {
    String raw = values.text(node, path, expected);
    if (raw == null) {
      return null;
    }
    String t = raw.strip();
    if (t.startsWith("$")) {
      t = t.substring(1);
    }
    if (t.endsWith("x") || t.endsWith("X")) {
      t = t.substring(0, t.length() - 1);
    }
    if (!t.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
      problems.error(
          "bad-price", node.mark(), path + " must be " + expected + ", not " + raw, null);
      return null;
    }
    return new BigDecimal(t);
  }
}
