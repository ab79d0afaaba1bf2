package dev.ccgate.pricing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Where price tables come from: the built-in resource, a file, and policy overrides. */
public final class PriceTables {
  private PriceTables() {}

  /** The built-in table (resource {@code builtin-prices.json}, with its {@code as_of} date). */
  public static PriceTable builtin() {
    throw new UnsupportedOperationException("TODO pricing");
  }

  /**
   * A table read from {@code file}: ccgate's own format or a LiteLLM {@code
   * model_prices_and_context_window.json} (detected by content). Rows it lacks come from the
   * built-in table.
   */
  public static PriceTable load(Path file) throws IOException {
    throw new UnsupportedOperationException("TODO pricing");
  }

  /** {@code base} with {@code overrides} (model id in any form to override) applied. */
  public static PriceTable withOverrides(PriceTable base, Map<String, RateOverride> overrides) {
    throw new UnsupportedOperationException("TODO pricing");
  }
}
