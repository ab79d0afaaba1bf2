package dev.ccgate.policy.load;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.PriceTables;
import dev.ccgate.pricing.RateOverride;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The one seam through which the loader gets price tables (tests may substitute their own). */
public interface PriceTableSource {
  /** The built-in table. */
  PriceTable builtin();

  /**
   * The table in {@code file}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it is not a price file
   */
  PriceTable load(Path file) throws IOException;

  /**
   * {@code base} with {@code overrides} applied.
   *
   * @throws IllegalArgumentException when an override cannot be applied
   */
  PriceTable withOverrides(PriceTable base, Map<String, RateOverride> overrides);

  /** The pricing module's tables: {@link PriceTables}. */
  static PriceTableSource standard() {
    return new PriceTableSource() {
      @Override
      public PriceTable builtin() {
        return PriceTables.builtin();
      }

      @Override
      public PriceTable load(Path file) throws IOException {
        return PriceTables.load(file);
      }

      @Override
      public PriceTable withOverrides(PriceTable base, Map<String, RateOverride> overrides) {
        return PriceTables.withOverrides(base, overrides);
      }
    };
  }
}
