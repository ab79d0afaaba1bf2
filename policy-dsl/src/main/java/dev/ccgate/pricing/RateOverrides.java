package dev.ccgate.pricing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Applies a policy's {@code pricing_overrides}: each given field replaces that rate in every price
 * version of the model the key resolves to (bands are left as they are); a model the table lacks is
 * added with the default multipliers of formats.md §5.1 (5m write 1.25x, 1h write 2x, read 0.1x
 * input).
 */
final class RateOverrides {
  private RateOverrides() {}

  static PriceTable apply(PriceTable base, Map<String, RateOverride> overrides) {
    if (overrides.isEmpty()) {
      return base;
    }
    List<ModelPrice> rows = new ArrayList<>();
    List<ModelInfo> infos = new ArrayList<>();
    Map<String, String> keyByModel = new HashMap<>();
    // Sorted, so that the result never depends on the map's iteration order.
    for (Map.Entry<String, RateOverride> e : new TreeMap<>(overrides).entrySet()) {
      String key = e.getKey();
      RateOverride override = e.getValue();
      try {
        ResolvedModel model = base.resolve(key);
        String earlier = keyByModel.putIfAbsent(model.known() ? model.id() : key, key);
        if (earlier != null) {
          throw new IllegalArgumentException("names the same model as " + earlier);
        }
        if (model.known()) {
          for (ModelPrice version : base.versions(model.id())) {
            rows.add(overridden(version, override));
          }
          ModelInfo info = base.info(model.id());
          infos.add(new ModelInfo(info.id(), info.aliases(), noted(info.note())));
        } else {
          ModelPrice added = added(key, override, base);
          rows.add(added);
          List<String> aliases = added.id().equals(key) ? List.of() : List.of(key);
          infos.add(new ModelInfo(added.id(), aliases, "Added by pricing_overrides."));
        }
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("pricing_overrides." + key + ": " + ex.getMessage(), ex);
      }
    }
    return PriceTables.over(base, new PriceTable(base.asOf(), rows, infos));
  }

  private static ModelPrice overridden(ModelPrice row, RateOverride o) {
    Rates r = row.rates();
    Rates rates =
        new Rates(
            or(o.inputNanos(), r.inputNanos()),
            or(o.write5mNanos(), r.write5mNanos()),
            or(o.write1hNanos(), r.write1hNanos()),
            or(o.readNanos(), r.readNanos()),
            or(o.outputNanos(), r.outputNanos()));
    return new ModelPrice(
        row.id(),
        row.family(),
        row.generation(),
        row.released(),
        row.validFrom(),
        rates,
        row.bands(),
        or(o.fastMultiplierBasisPoints(), row.fastMultiplierBasisPoints()),
        row.usGeoMultiplierBasisPoints(),
        row.maxOutputTokens());
  }

  private static ModelPrice added(String key, RateOverride o, PriceTable base) {
    if (o.inputNanos() == null || o.outputNanos() == null) {
      throw new IllegalArgumentException(
          "the price table has no such model, so input and output rates are both required");
    }
    Optional<ModelKey> parsed = ModelIds.parse(key);
    String family =
        Optional.ofNullable(o.family())
            .map(f -> f.strip().toLowerCase(Locale.ROOT))
            .or(() -> parsed.map(ModelKey::family))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cannot tell the model family from the id; set 'family' (one of "
                            + String.join(", ", base.families())
                            + ")"));
    Rates rates =
        Rates.withDefaults(
            o.inputNanos(), o.write5mNanos(), o.write1hNanos(), o.readNanos(), o.outputNanos());
    return new ModelPrice(
        ModelIds.normalise(key),
        family,
        parsed.filter(k -> k.family().equals(family)).map(ModelKey::generation).orElse(""),
        null,
        null,
        rates,
        List.of(),
        or(o.fastMultiplierBasisPoints(), 0L),
        PriceUnits.ONE_X,
        0);
  }

  private static String noted(String note) {
    return (note.isEmpty() ? "" : note + " ") + "Rates overridden by pricing_overrides.";
  }

  private static long or(Long value, long fallback) {
    return value != null ? value : fallback;
  }
}
