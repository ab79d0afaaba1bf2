package dev.ccgate.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the Claude entries of a LiteLLM {@code model_prices_and_context_window.json} (formats.md
 * §1.5): per-token USD floats, read exactly as decimals and rounded half-up to nano-dollars.
 *
 * <p>Several LiteLLM keys name one model ({@code claude-opus-4-5}, {@code
 * claude-opus-4-5-20251101}, {@code bedrock/...}, {@code vertex_ai/...}) and providers may price
 * regions differently; the entry used is the first of: {@code litellm_provider: anthropic}, no
 * provider, any other provider; ties go to the alphabetically first key. What an entry lacks comes
 * from the built-in row of the same model (release date, bands other than above-200K, fast and geo
 * multipliers, max output), and missing cache rates default to 1.25x / 2x / 0.1x input.
 */
final class LiteLlmPriceReader {
  private static final long ABOVE_200K = 200_000;

  private LiteLlmPriceReader() {}

  /** True if some top-level entry carries LiteLLM's {@code input_cost_per_token}. */
  static boolean accepts(JsonNode root) {
    for (JsonNode entry : root) {
      if (entry.isObject() && entry.has("input_cost_per_token")) {
        return true;
      }
    }
    return false;
  }

  /** The Claude models of {@code root}, filled in from {@code builtin}; dated {@code asOf}. */
  static PriceTable read(JsonNode root, String source, String asOf, PriceTable builtin) {
    Map<ModelKey, Entry> chosen = new TreeMap<>(Comparator.comparing(ModelKey::toString));
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    keys.sort(Comparator.naturalOrder());
    for (String key : keys) {
      JsonNode node = root.get(key);
      Optional<ModelKey> model = ModelIds.parse(key);
      if (model.isEmpty() || !isClaudeChat(node)) {
        continue; // not a Claude chat model: gpt-4o, claude-instant-1, embeddings, sample_spec
      }
      Entry entry = new Entry(key, node);
      chosen.merge(model.get(), entry, (a, b) -> a.rank() <= b.rank() ? a : b);
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException(source + ": a LiteLLM price file without Claude models");
    }
    List<ModelPrice> rows = new ArrayList<>();
    List<ModelInfo> infos = new ArrayList<>();
    chosen.forEach(
        (model, entry) -> {
          ModelPrice row = row(model, entry, source, builtin);
          rows.add(row);
          List<String> aliases = row.id().equals(entry.key()) ? List.of() : List.of(entry.key());
          infos.add(
              new ModelInfo(row.id(), aliases, "From " + source + ", key " + entry.key() + "."));
        });
    return new PriceTable(asOf, rows, infos);
  }

  private static boolean isClaudeChat(JsonNode node) {
    return node.isObject()
        && node.has("input_cost_per_token")
        && node.has("output_cost_per_token")
        && (!node.has("mode") || "chat".equals(node.get("mode").asText()));
  }

  private static ModelPrice row(ModelKey model, Entry entry, String source, PriceTable builtin) {
    // The built-in row of the same model, if any, supplies what LiteLLM does not say.
    Optional<ModelPrice> known =
        builtin
            .modelOf(model.family(), model.generation())
            .map(id -> builtin.versions(id).get(builtin.versions(id).size() - 1));
    JsonNode node = entry.node();
    String path = source + ": " + entry.key();
    Rates rates = rates(node, path, "input_cost_per_token", "output_cost_per_token", "", null);
    List<Band> bands = known.map(ModelPrice::bands).orElse(List.of());
    if (node.has("input_cost_per_token_above_200k_tokens")
        || node.has("output_cost_per_token_above_200k_tokens")) {
      Rates premium =
          rates(
              node,
              path,
              "input_cost_per_token_above_200k_tokens",
              "output_cost_per_token_above_200k_tokens",
              "_above_200k_tokens",
              rates);
      bands = List.of(new Band(ABOVE_200K, premium));
    }
    JsonNode provider = node.path("provider_specific_entry");
    return new ModelPrice(
        known.map(ModelPrice::id).orElse(ModelIds.normalise(entry.key())),
        model.family(),
        model.generation(),
        known.map(ModelPrice::released).orElse(null),
        null,
        rates,
        bands,
        multiplier(
            provider, "fast", path, known.map(ModelPrice::fastMultiplierBasisPoints).orElse(0L)),
        multiplier(
            provider,
            "us",
            path,
            known.map(ModelPrice::usGeoMultiplierBasisPoints).orElse(PriceUnits.ONE_X)),
        PriceJson.whole(
            node, "max_output_tokens", path, known.map(ModelPrice::maxOutputTokens).orElse(0L)));
  }

  /**
   * Rates from {@code node}; {@code suffix} selects the above-200K keys, and {@code base} (for a
   * band) supplies a missing input or output.
   */
  private static Rates rates(
      JsonNode node, String path, String inputKey, String outputKey, String suffix, Rates base) {
    Long input = nanos(node, inputKey, path);
    Long output = nanos(node, outputKey, path);
    long in = input != null ? input : base.inputNanos();
    long out = output != null ? output : base.outputNanos();
    return Rates.withDefaults(
        in,
        nanos(node, "cache_creation_input_token_cost" + suffix, path),
        nanos(node, "cache_creation_input_token_cost_above_1hr" + suffix, path),
        nanos(node, "cache_read_input_token_cost" + suffix, path),
        out);
  }

  private static Long nanos(JsonNode node, String field, String path) {
    BigDecimal usdPerToken = PriceJson.decimal(node, field, path);
    if (usdPerToken == null) {
      return null;
    }
    try {
      return PriceUnits.nanosFromUsdPerToken(usdPerToken);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + "." + field + ": " + e.getMessage(), e);
    }
  }

  private static long multiplier(JsonNode provider, String field, String path, long fallback) {
    BigDecimal value = PriceJson.decimal(provider, field, path + ".provider_specific_entry");
    return value == null ? fallback : PriceUnits.basisPoints(value);
  }

  /** One LiteLLM entry and how much it is preferred (lower is better). */
  private record Entry(String key, JsonNode node) {
    int rank() {
      JsonNode provider = node.get("litellm_provider");
      if (provider == null) {
        return 1;
      }
      return "anthropic".equals(provider.asText()) ? 0 : 2;
    }
  }
}
