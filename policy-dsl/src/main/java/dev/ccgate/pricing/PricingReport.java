package dev.ccgate.pricing;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders a price table for people ({@code ccgate pricing}): the whole table, or one model with how
 * its id resolved and which per-request rules apply. Prices in USD per million tokens; ASCII,
 * {@link Locale#ROOT}, at most 100 columns for the table.
 */
public final class PricingReport {
  private static final String ROW = "%-28s %-6s %-10s %6s %6s %6s %6s %6s %4s %4s";

  private static final int WIDTH = 96;
  private static final Pattern SPACE = Pattern.compile(" ");

  private final PriceTable table;

  /** A report on {@code table}. */
  public PricingReport(PriceTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /**
   * Writes every row (one per model and price version), family then newest first; a band shows as
   * an indented line of its own rates under its row.
   */
  public void writeTable(Writer out) throws IOException {
    line(out, "Claude prices as of %s (USD per million tokens)", table.asOf());
    line(out, ROW, "model", "family", "from", "in", "5m", "1h", "read", "out", "fast", "geo");
    boolean noted = false;
    boolean banded = false;
    for (ModelPrice row : table.rowsInDisplayOrder()) {
      boolean hasNote = !table.info(row.id()).note().isEmpty();
      noted |= hasNote;
      String from = row.validFrom() == null ? "" : row.validFrom().toString();
      rateRow(
          out,
          row.id() + (hasNote ? " *" : ""),
          row.family(),
          from,
          row.rates(),
          fast(row),
          geo(row));
      for (Band band : row.bands()) {
        banded = true;
        String label = String.format(Locale.ROOT, "  prompt > %,d", band.abovePromptTokens());
        rateRow(out, label, "", "", band.rates(), "", "");
      }
    }
    line(out, "");
    if (banded) {
      line(out, "prompt > N: a request whose prompt (input + cache writes + reads) is above N");
      line(out, "  tokens pays that line's rates for every token, output included.");
    }
    line(
        out, "fast: multiplier for usage.speed \"fast\"; geo: for inference_geo \"us\"; - : none.");
    line(out, "Web search: $10 per 1,000 searches on every model.");
    if (noted) {
      line(out, "* has a note (unverified figures, unknown dates): ccgate pricing --model ID");
    }
  }

  private static void rateRow(
      Writer out, String label, String family, String from, Rates r, String fast, String geo)
      throws IOException {
    line(
        out,
        ROW,
        label,
        family,
        from,
        PriceUnits.usdPerMTok(r.inputNanos()),
        PriceUnits.usdPerMTok(r.write5mNanos()),
        PriceUnits.usdPerMTok(r.write1hNanos()),
        PriceUnits.usdPerMTok(r.readNanos()),
        PriceUnits.usdPerMTok(r.outputNanos()),
        fast,
        geo);
  }

  /**
   * Writes how {@code modelId} resolves, its rates on {@code at} (null: the newest prices) and the
   * rules that apply to its requests.
   */
  public void writeModel(Writer out, String modelId, LocalDate at) throws IOException {
    ResolvedModel model = table.resolve(modelId);
    List<ModelPrice> versions = table.versions(model.id());
    ModelPrice row =
        at == null ? versions.get(versions.size() - 1) : PriceTable.versionAt(versions, at);
    ModelInfo info = table.info(model.id());
    line(out, "model: %s", modelId);
    line(out, "  normalised: %s", ModelIds.normalise(modelId));
    if (model.known()) {
      line(out, "  known: %s", model.id());
    } else {
      wrapped(
          out, "", "warning: unknown model '" + modelId + "' -> priced as " + unknownReason(model));
    }
    line(out, "%s (family %s, generation %s):", row.id(), row.family(), orNone(row.generation()));
    if (!info.aliases().isEmpty()) {
      wrapped(out, "  ", "also known as: " + String.join(", ", info.aliases()));
    }
    line(
        out,
        "  released: %s; max output: %s",
        row.released() == null ? "unknown" : row.released(),
        row.maxOutputTokens() == 0
            ? "unknown"
            : String.format(Locale.ROOT, "%,d tokens", row.maxOutputTokens()));
    if (!info.note().isEmpty()) {
      wrapped(out, "  ", "note: " + info.note());
    }
    line(
        out,
        "Prices %s (USD per million tokens; table as of %s):",
        at == null ? "now" : "on " + at,
        table.asOf());
    line(out, "  %s", rates(row.rates()));
    line(out, "Rules:");
    line(
        out,
        "  fast mode (usage.speed \"fast\"): %s",
        row.fastMultiplierBasisPoints() == 0
            ? "not offered, standard rates"
            : PriceUnits.multiplier(row.fastMultiplierBasisPoints()) + " on every token");
    line(
        out,
        "  US inference (inference_geo \"us\"): %s",
        row.usGeoMultiplierBasisPoints() == PriceUnits.ONE_X
            ? "not applicable (models before Opus 4.6)"
            : PriceUnits.multiplier(row.usGeoMultiplierBasisPoints()) + " on every token");
    if (row.bands().isEmpty()) {
      line(out, "  prompt-length band: none, one rate across the context window");
    }
    for (Band band : row.bands()) {
      line(
          out,
          "  prompt-length band: above %,d prompt tokens (input + cache writes + reads)",
          band.abovePromptTokens());
      line(out, "    then every token of the request, output included, costs:");
      line(out, "    %s", rates(band.rates()));
    }
    if (versions.size() == 1) {
      line(out, "  price changes: none in this table");
    } else {
      line(out, "  price changes:");
      for (int i = 1; i < versions.size(); i++) {
        wrapped(
            out,
            "    ",
            "from "
                + versions.get(i).validFrom()
                + ": "
                + changes(versions.get(i - 1), versions.get(i)));
      }
    }
    line(out, "  web search: $10 per 1,000 searches");
  }

  private String unknownReason(ResolvedModel model) {
    if (PriceTable.UNKNOWN_FAMILY.equals(model.family())) {
      return model.id() + " (no Claude family recognised; the newest Opus, to be safe)";
    }
    return model.id() + " (the newest " + model.family() + ")";
  }

  private static String changes(ModelPrice before, ModelPrice after) {
    List<String> changed = new ArrayList<>();
    Rates a = before.rates();
    Rates b = after.rates();
    change(changed, "input", a.inputNanos(), b.inputNanos());
    change(changed, "5m cache write", a.write5mNanos(), b.write5mNanos());
    change(changed, "1h cache write", a.write1hNanos(), b.write1hNanos());
    change(changed, "cache read", a.readNanos(), b.readNanos());
    change(changed, "output", a.outputNanos(), b.outputNanos());
    if (!before.bands().equals(after.bands())) {
      changed.add(
          after.bands().isEmpty() ? "prompt-length band dropped" : "prompt-length band changed");
    }
    return changed.isEmpty() ? "no rate change" : String.join(", ", changed);
  }

  private static void change(List<String> changed, String name, long before, long after) {
    if (before != after) {
      changed.add(
          name + " " + PriceUnits.usdPerMTok(before) + " -> " + PriceUnits.usdPerMTok(after));
    }
  }

  private static String rates(Rates r) {
    return "input "
        + PriceUnits.usdPerMTok(r.inputNanos())
        + ", 5m cache write "
        + PriceUnits.usdPerMTok(r.write5mNanos())
        + ", 1h cache write "
        + PriceUnits.usdPerMTok(r.write1hNanos())
        + ", cache read "
        + PriceUnits.usdPerMTok(r.readNanos())
        + ", output "
        + PriceUnits.usdPerMTok(r.outputNanos());
  }

  private static String fast(ModelPrice row) {
    return row.fastMultiplierBasisPoints() == 0
        ? "-"
        : PriceUnits.multiplier(row.fastMultiplierBasisPoints());
  }

  private static String geo(ModelPrice row) {
    return row.usGeoMultiplierBasisPoints() == PriceUnits.ONE_X
        ? "-"
        : PriceUnits.multiplier(row.usGeoMultiplierBasisPoints());
  }

  private static String orNone(String generation) {
    return generation.isEmpty() ? "none" : generation;
  }

  /** Writes {@code text} word-wrapped at {@link #WIDTH}, continuation lines indented 2 more. */
  private static void wrapped(Writer out, String indent, String text) throws IOException {
    StringBuilder current = new StringBuilder(indent);
    for (String word : SPACE.split(text, -1)) {
      if (current.length() > indent.length() && current.length() + 1 + word.length() > WIDTH) {
        line(out, "%s", current);
        current = new StringBuilder(indent + "  ");
      } else if (current.length() > indent.length()) {
        current.append(' ');
      }
      current.append(word);
    }
    line(out, "%s", current);
  }

  private static void line(Writer out, String format, Object... args) throws IOException {
    out.write(String.format(Locale.ROOT, format, args).stripTrailing());
    out.write('\n');
  }
}
