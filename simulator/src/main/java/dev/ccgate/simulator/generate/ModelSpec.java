package dev.ccgate.simulator.generate;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model as Claude Code traffic shows it (formats.md 1.3, 5.2): the id written in {@code
 * message.model}, its context window, whether it has fast mode and data residency (Opus 4.6 and
 * later), and how fast it streams.
 *
 * @param id the id as the API returns it (dated for the 4.5 family, as Claude Code writes them)
 * @param window the context window in tokens (1M for the 4.6 and 5.x models, GA since 2026-03-13)
 * @param fast whether {@code speed: "fast"} exists for it
 * @param residency whether {@code inference_geo} applies (Opus 4.6 and later models)
 * @param tokensPerSecond output streaming rate, for realistic response times
 */
record ModelSpec(
    String id, String family, long window, boolean fast, boolean residency, int tokensPerSecond) {

  static final ModelSpec OPUS_4_5 =
      new ModelSpec("claude-opus-4-5-20251101", "opus", 200_000, false, false, 45);
  static final ModelSpec OPUS_4_6 =
      new ModelSpec("claude-opus-4-6", "opus", 1_000_000, true, true, 50);
  static final ModelSpec OPUS_5_5 =
      new ModelSpec("claude-opus-5-5", "opus", 1_000_000, true, true, 60);
  static final ModelSpec SONNET_4_5 =
      new ModelSpec("claude-sonnet-4-5-20250929", "sonnet", 200_000, false, false, 70);
  static final ModelSpec SONNET_4_6 =
      new ModelSpec("claude-sonnet-4-6", "sonnet", 1_000_000, false, true, 75);
  static final ModelSpec SONNET_5_5 =
      new ModelSpec("claude-sonnet-5-5", "sonnet", 1_000_000, false, true, 85);
  static final ModelSpec HAIKU_4_5 =
      new ModelSpec("claude-haiku-4-5-20251001", "haiku", 200_000, false, false, 150);

  /** Every model the generator uses, by id. */
  static final Map<String, ModelSpec> ALL =
      List.of(OPUS_4_5, OPUS_4_6, OPUS_5_5, SONNET_4_5, SONNET_4_6, SONNET_5_5, HAIKU_4_5).stream()
          .collect(Collectors.toUnmodifiableMap(ModelSpec::id, Function.identity()));

  /** How large the context may grow before Claude Code compacts it automatically. */
  long compactAt() {
    return window * 92 / 100;
  }
}
