package dev.ccgate.pricing;

import java.util.Objects;

/**
 * A model id as a request named it, resolved to a price-table entry.
 *
 * @param requestedId the id as written ({@code us.anthropic.claude-opus-4-8}, {@code
 *     claude-opus-4-6[1m]}, ...)
 * @param id the canonical id of the price row used
 * @param family the model family, e.g. {@code opus}; {@link PriceTable#UNKNOWN_FAMILY} when the id
 *     names no family of the table ({@code gpt-4o}, {@code <synthetic>})
 * @param generation the version part of the row used, e.g. {@code 4-5}; empty for an unknown family
 * @param known false when the id matched no row and is priced by its family's newest row, or by the
 *     newest Opus row for an unknown family (a warning every report counts)
 */
public record ResolvedModel(
    String requestedId, String id, String family, String generation, boolean known) {
  /** Validates the resolution. */
  public ResolvedModel {
    Objects.requireNonNull(requestedId, "requestedId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(generation, "generation");
  }
}
