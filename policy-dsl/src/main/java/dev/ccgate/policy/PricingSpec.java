package dev.ccgate.policy;

import dev.ccgate.pricing.RateOverride;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a policy's prices come from, as the policy says it: kept next to the resolved {@link
 * Policy#pricing()} table so a policy can be printed and diffed.
 *
 * @param table {@code builtin}, or the price file's path as written (relative to the policy file)
 * @param overrides {@code pricing_overrides}: model id as written to its override, sorted by id
 */
public record PricingSpec(String table, Map<String, RateOverride> overrides) {
  /** The built-in table without overrides. */
  public static final PricingSpec BUILTIN = new PricingSpec(PricingSpec.BUILTIN_TABLE, Map.of());

  /** The {@code pricing:} value naming the built-in table. */
  public static final String BUILTIN_TABLE = "builtin";

  /** Copies the overrides in id order. */
  public PricingSpec {
    Objects.requireNonNull(table, "table");
    overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
  }

  /** True for the built-in table. */
  public boolean isBuiltin() {
    return BUILTIN_TABLE.equals(table);
  }
}
