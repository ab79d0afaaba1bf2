package dev.ccgate.policy.load;

import dev.ccgate.concurrent.Background;
import dev.ccgate.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A policy file being parsed on a thread of its own, so that a command can start its other work
 * (finding and checking traces) meanwhile: a policy listing 13,600 developers takes most of a
 * second to parse in a fresh JVM. {@link #get} waits for it.
 */
public final class PendingPolicy {
  private final Background<LoadResult> parse;
  private final Consumer<LoadResult> onAccepted;
  private boolean accepted;

  private PendingPolicy(Background<LoadResult> parse, Consumer<LoadResult> onAccepted) {
    this.parse = parse;
    this.onAccepted = onAccepted;
  }

  /**
   * Reads {@code file} now (so an unreadable file fails here, as {@link PolicyLoader#load} would)
   * and starts parsing it; {@code onAccepted} runs once, on the thread of the first successful
   * {@link #get}, e.g. to print the policy's warnings.
   */
  public static PendingPolicy read(PolicyLoader loader, Path file, Consumer<LoadResult> onAccepted)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Path baseDir = file.toAbsolutePath().getParent();
    return new PendingPolicy(
        Background.start(
            "ccgate-policy-read",
            "reading the policy",
            () -> loader.parse(text, file.toString(), baseDir)),
        Objects.requireNonNull(onAccepted, "onAccepted"));
  }

  /** A policy that is already loaded. */
  public static PendingPolicy of(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    return new PendingPolicy(
        Background.done(new LoadResult(policy.source(), policy, List.of())), r -> {});
  }

  /** Waits for the parse and returns what it found, errors included; no side effects. */
  public LoadResult result() {
    return parse.get();
  }

  /**
   * Waits for the parse and returns the policy; throws {@link InvalidPolicyException} (every
   * problem, with positions) when it has errors.
   */
  public synchronized Policy get() {
    LoadResult result = result();
    Policy policy = result.orThrow();
    if (!accepted) {
      accepted = true;
      onAccepted.accept(result);
    }
    return policy;
  }
}
