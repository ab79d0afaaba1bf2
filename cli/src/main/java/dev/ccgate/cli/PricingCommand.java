package dev.ccgate.cli;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.PriceTables;
import dev.ccgate.pricing.PricingReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccgate pricing}: shows the price table, or how one model id is priced. */
@Command(
    name = "pricing",
    mixinStandardHelpOptions = true,
    description = "Show the price table, or how one model id is priced.")
final class PricingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      paramLabel = "ID",
      description = "Explain one model id (any form: API, Bedrock, Vertex, [1m]).")
  String model;

  @Option(
      names = "--at",
      paramLabel = "YYYY-MM-DD",
      description = "Show the prices in force on this UTC date (default: the newest).")
  LocalDate at;

  @Option(
      names = "--pricing",
      paramLabel = "FILE",
      description = "A ccgate or LiteLLM price file instead of the built-in table.")
  Path pricing;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PriceTable table = pricing == null ? PriceTables.builtin() : PriceTables.load(pricing);
    PricingReport report = new PricingReport(table);
    if (model == null) {
      report.writeTable(spec.commandLine().getOut());
    } else {
      report.writeModel(spec.commandLine().getOut(), model, at);
    }
    return ExitCode.OK;
  }
}
