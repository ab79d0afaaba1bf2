package dev.ccgate.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where price tables come from: the built-in resource, a file, and policy overrides. */
public final class PriceTables {
  private static final String BUILTIN_RESOURCE = "builtin-prices.json";

  private PriceTables() {}

  /** The built-in table (resource {@code builtin-prices.json}, with its {@code as_of} date). */
  public static PriceTable builtin() {
    return Builtin.TABLE;
  }

  /**
   * A table read from {@code file}: ccgate's own format or a LiteLLM {@code
   * model_prices_and_context_window.json} (detected by content). Rows it lacks come from the
   * built-in table.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is not a valid price file (the message names the file
   *     and the field)
   */
  public static PriceTable load(Path file) throws IOException {
    String source = file.toString();
    JsonNode root = PriceJson.parse(Files.readAllBytes(file), source);
    PriceTable read;
    if (PriceFileReader.accepts(root)) {
      read = PriceFileReader.read(root, source);
    } else if (LiteLlmPriceReader.accepts(root)) {
      // LiteLLM files carry no date: the file's own modification day stands in for as_of.
      String asOf =
          LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC)
              .toString();
      read = LiteLlmPriceReader.read(root, source, asOf, builtin());
    } else {
      throw new IllegalArgumentException(
          source
              + ": neither a ccgate price file (no 'models' list) nor a LiteLLM price file (no"
              + " entry with 'input_cost_per_token')");
    }
    try {
      return over(builtin(), read);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** {@code base} with {@code overrides} (model id in any form to override) applied. */
  public static PriceTable withOverrides(PriceTable base, Map<String, RateOverride> overrides) {
    return RateOverrides.apply(base, overrides);
  }

  /**
   * {@code top}'s models, plus every model of {@code base} that {@code top} does not name (a top
   * model replaces all price versions of the base model it resolves to, keeping its aliases).
   */
  static PriceTable over(PriceTable base, PriceTable top) {
    Set<String> replaced = new LinkedHashSet<>();
    List<ModelInfo> infos = new ArrayList<>();
    for (String id : ids(top)) {
      ResolvedModel same = base.resolve(id);
      List<String> aliases = new ArrayList<>(top.info(id).aliases());
      if (same.known()) {
        replaced.add(same.id());
        base.info(same.id()).aliases().stream()
            .filter(a -> !a.equals(id) && !aliases.contains(a))
            .forEach(aliases::add);
        if (!same.id().equals(id)) {
          aliases.add(same.id());
        }
      }
      infos.add(new ModelInfo(id, aliases, top.info(id).note()));
    }
    List<ModelPrice> rows = new ArrayList<>(top.rows());
    for (String id : ids(base)) {
      if (!replaced.contains(id)) {
        rows.addAll(base.versions(id));
        infos.add(base.info(id));
      }
    }
    return new PriceTable(top.asOf(), rows, infos);
  }

  private static Set<String> ids(PriceTable table) {
    Set<String> ids = new LinkedHashSet<>();
    table.rows().forEach(row -> ids.add(row.id()));
    return ids;
  }

  /** Loads the resource once, on first use (the holder idiom); the table is immutable. */
  private static final class Builtin {
    static final PriceTable TABLE = read();

    private static PriceTable read() {
      try (InputStream in = PriceTables.class.getResourceAsStream(BUILTIN_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + BUILTIN_RESOURCE + " is missing");
        }
        return PriceFileReader.read(
            PriceJson.parse(in.readAllBytes(), BUILTIN_RESOURCE), BUILTIN_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
