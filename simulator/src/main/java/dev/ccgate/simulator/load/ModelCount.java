package dev.ccgate.simulator.load;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.ResolvedModel;
import dev.ccgate.simulator.trace.TraceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model id the price table does not know, how many requests named it, and the row that priced
 * them instead.
 */
public record ModelCount(String model, long requests, String pricedAs) {
  /**
   * The models of {@code requestsByModel} (model to request count) that {@code prices} does not
   * know, in the map's order. Claude Code's {@code <synthetic>} error lines name no model.
   */
  public static List<ModelCount> unknown(Map<String, Long> requestsByModel, PriceTable prices) {
    List<ModelCount> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : requestsByModel.entrySet()) {
      if (TraceRow.SYNTHETIC_MODEL.equals(e.getKey())) {
        continue;
      }
      ResolvedModel m = prices.resolve(e.getKey());
      if (!m.known()) {
        out.add(new ModelCount(e.getKey(), e.getValue(), m.id()));
      }
    }
    return out;
  }

  /** The warning line, e.g. {@code unknown model claude-opus-9-9: 3 requests priced as …}. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "unknown model %s: %,d %s priced as %s",
        model,
        requests,
        requests == 1 ? "request" : "requests",
        pricedAs);
  }
}
