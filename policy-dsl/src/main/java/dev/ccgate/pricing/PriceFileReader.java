package dev.ccgate.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads ccgate's own price format (the format of the built-in {@code builtin-prices.json}): an
 * {@code as_of} date and a {@code models} list, each model with one or more {@code prices} versions
 * in USD per million tokens. Unknown keys are errors, and so is any price that is not a whole
 * number of nano-dollars per token.
 */
final class PriceFileReader {
  private static final Set<String> TOP = Set.of("as_of", "source", "models");
  private static final Set<String> MODEL =
      Set.of(
          "id",
          "family",
          "generation",
          "released",
          "aliases",
          "prices",
          "fast_multiplier",
          "us_geo_multiplier",
          "max_output_tokens",
          "note");
  private static final Set<String> RATES =
      Set.of("input", "write_5m", "write_1h", "read", "output");
  private static final Set<String> PRICE = union(RATES, Set.of("valid_from", "bands"));
  private static final Set<String> BAND = union(RATES, Set.of("above_prompt_tokens"));

  private PriceFileReader() {}

  /** True if {@code root} looks like this format rather than LiteLLM's. */
  static boolean accepts(JsonNode root) {
    return root.has("models") && root.get("models").isArray();
  }

  /** The table in {@code root}; {@code source} names the file in error messages. */
  static PriceTable read(JsonNode root, String source) {
    PriceJson.onlyKeys(root, TOP, source);
    String asOf = PriceJson.text(root, "as_of", source);
    List<ModelPrice> rows = new ArrayList<>();
    List<ModelInfo> infos = new ArrayList<>();
    List<JsonNode> models = PriceJson.array(root, "models", source);
    for (int i = 0; i < models.size(); i++) {
      JsonNode model = models.get(i);
      String path = source + ": models[" + i + "]";
      PriceJson.onlyKeys(model, MODEL, path);
      String id = PriceJson.text(model, "id", path);
      path = source + ": models[" + i + "] (" + id + ")";
      rows.addAll(readModel(model, id, path));
      List<String> aliases = new ArrayList<>();
      for (JsonNode alias : PriceJson.array(model, "aliases", path)) {
        aliases.add(alias.asText());
      }
      infos.add(new ModelInfo(id, aliases, PriceJson.text(model, "note", path, "")));
    }
    try {
      return new PriceTable(asOf, rows, infos);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static List<ModelPrice> readModel(JsonNode model, String id, String path) {
    String family = PriceJson.text(model, "family", path).toLowerCase(Locale.ROOT);
    String generation = ModelIds.generation(PriceJson.text(model, "generation", path, ""));
    LocalDate released = PriceJson.date(model, "released", path);
    long fast = multiplier(model, "fast_multiplier", path, 0);
    long geo = multiplier(model, "us_geo_multiplier", path, PriceUnits.ONE_X);
    long maxOutput = PriceJson.whole(model, "max_output_tokens", path, 0);
    List<JsonNode> prices = PriceJson.array(model, "prices", path);
    if (prices.isEmpty()) {
      throw new IllegalArgumentException(path + ": needs at least one entry under 'prices'");
    }
    List<ModelPrice> rows = new ArrayList<>();
    for (int j = 0; j < prices.size(); j++) {
      JsonNode price = prices.get(j);
      String pricePath = path + ".prices[" + j + "]";
      PriceJson.onlyKeys(price, PRICE, pricePath);
      List<Band> bands = new ArrayList<>();
      List<JsonNode> bandNodes = PriceJson.array(price, "bands", pricePath);
      for (int k = 0; k < bandNodes.size(); k++) {
        JsonNode band = bandNodes.get(k);
        String bandPath = pricePath + ".bands[" + k + "]";
        PriceJson.onlyKeys(band, BAND, bandPath);
        long above = PriceJson.whole(band, "above_prompt_tokens", bandPath, 0);
        if (above <= 0) {
          throw new IllegalArgumentException(bandPath + ": above_prompt_tokens must be > 0");
        }
        bands.add(new Band(above, rates(band, bandPath)));
      }
      rows.add(
          new ModelPrice(
              id,
              family,
              generation,
              released,
              PriceJson.date(price, "valid_from", pricePath),
              rates(price, pricePath),
              bands,
              fast,
              geo,
              maxOutput));
    }
    return rows;
  }

  private static Rates rates(JsonNode node, String path) {
    return new Rates(
        nanos(node, "input", path),
        nanos(node, "write_5m", path),
        nanos(node, "write_1h", path),
        nanos(node, "read", path),
        nanos(node, "output", path));
  }

  private static long nanos(JsonNode node, String field, String path) {
    BigDecimal usdPerMTok = PriceJson.decimal(node, field, path);
    if (usdPerMTok == null) {
      throw new IllegalArgumentException(path + ": missing '" + field + "' (USD per MTok)");
    }
    try {
      return PriceUnits.nanosFromUsdPerMTok(usdPerMTok);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + "." + field + ": " + e.getMessage(), e);
    }
  }

  private static long multiplier(JsonNode node, String field, String path, long fallback) {
    BigDecimal value = PriceJson.decimal(node, field, path);
    if (value == null) {
      return fallback;
    }
    try {
      long bp = PriceUnits.basisPoints(value);
      if (bp == 0 && fallback != 0) {
        throw new IllegalArgumentException("must be > 0");
      }
      return bp;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + "." + field + ": " + e.getMessage(), e);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    var all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
