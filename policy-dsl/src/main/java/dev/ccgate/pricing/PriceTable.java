package dev.ccgate.pricing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The prices a policy uses: resolves any id form to a row and prices usage at a point in time.
 * Immutable and safe to share between threads.
 */
public final class PriceTable {
  private final String asOf;
  private final List<ModelPrice> rows;

  /** A table of {@code rows} published on {@code asOf}. */
  public PriceTable(String asOf, List<ModelPrice> rows) {
    this.asOf = asOf;
    this.rows = List.copyOf(rows);
  }

  /** The date the table's prices were checked, e.g. {@code 2026-11-29}. */
  public String asOf() {
    return asOf;
  }

  /** Every row, in table order. */
  public List<ModelPrice> rows() {
    return rows;
  }

  /** Resolves any id form; an unknown id resolves to its family's newest row with known=false. */
  public ResolvedModel resolve(String modelId) {
    throw new UnsupportedOperationException("TODO pricing");
  }

  /** The cost of {@code usage} on {@code model} at {@code at}, in micro-dollars. */
  public long costMicros(ResolvedModel model, Usage usage, Instant at) {
    throw new UnsupportedOperationException("TODO pricing");
  }

  /** The canonical id of {@code family}'s model of {@code generation}, if the table has one. */
  public Optional<String> modelOf(String family, String generation) {
    throw new UnsupportedOperationException("TODO pricing");
  }

  /** The canonical id of {@code family}'s newest model, if the table has any. */
  public Optional<String> newestOf(String family) {
    throw new UnsupportedOperationException("TODO pricing");
  }

  /** The row used for {@code model} at {@code at}. */
  public ModelPrice priceAt(ResolvedModel model, Instant at) {
    throw new UnsupportedOperationException("TODO pricing");
  }
}
