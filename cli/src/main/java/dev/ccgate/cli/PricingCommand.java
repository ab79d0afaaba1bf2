package dev.ccgate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ccgate pricing}: placeholder until the price table lands. */
@Command(name = "pricing", description = "Show the price table.")
final class PricingCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("pricing is not built yet");
  }
}
