package dev.ccgate.policy.load;

import dev.ccgate.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * A policy file being parsed on a thread of its own, so that a command can start its other work
 * (finding and checking traces) meanwhile: a policy listing 13,600 developers takes most of a
 * second to parse in a fresh JVM. {@link #get} waits for it.
 */
public final class PendingPolicy {
  private final FutureTask<LoadResult> task;
  private final Consumer<LoadResult> onAccepted;
  private boolean accepted;

  private PendingPolicy(FutureTask<LoadResult> task, Consumer<LoadResult> onAccepted) {
    this.task = task;
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
    FutureTask<LoadResult> task =
        new FutureTask<>(() -> loader.parse(text, file.toString(), baseDir));
    Thread t = new Thread(task, "ccgate-policy-read");
    t.setDaemon(true);
    t.start();
    return new PendingPolicy(task, Objects.requireNonNull(onAccepted, "onAccepted"));
  }

  /** A policy that is already loaded. */
  public static PendingPolicy of(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    FutureTask<LoadResult> task =
        new FutureTask<>(() -> new LoadResult(policy.source(), policy, java.util.List.of()));
    task.run();
    return new PendingPolicy(task, r -> {});
  }

  /** Waits for the parse and returns what it found, errors included; no side effects. */
  public LoadResult result() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the policy", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
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
