package dev.ccgate.pricing;

import java.util.List;
import java.util.Objects;

/**
 * What a table says about a model besides its prices.
 *
 * @param id the canonical id
 * @param aliases other ids of the same model (dated, Bedrock, Vertex, ...), as listed in the table
 * @param note caveats, e.g. which figures are UNVERIFIED; empty if none
 */
public record ModelInfo(String id, List<String> aliases, String note) {
  /** Validates the info. */
  public ModelInfo {
    Objects.requireNonNull(id, "id");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(note, "note");
  }
}
