package dev.ccgate.simulator.generate;

/** The checked-in {@code sample-traces/logs}: how it was generated (see its README). */
final class SampleSet {
  /** The {@code --seed} of {@code ccgate generate --roster sample}. */
  static final long SEED = 7;

  private SampleSet() {}
}
