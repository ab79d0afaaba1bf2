package dev.ccgate.pricing;

/**
 * A policy's {@code pricing_overrides} entry for one model: each non-null field replaces the
 * table's rate (nano-dollars per token, i.e. USD/MTok x 1000). A model the table lacks needs at
 * least input and output, and takes the default multipliers for the rest (5m write 1.25x, 1h write
 * 2x, read 0.1x of input).
 *
 * @param family the family of a model the table lacks (null: derived from the id)
 */
public record RateOverride(
    Long inputNanos,
    Long outputNanos,
    Long write5mNanos,
    Long write1hNanos,
    Long readNanos,
    Long fastMultiplierBasisPoints,
    String family) {}
