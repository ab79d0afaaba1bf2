package dev.ccgate.simulator.replay;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands turns to another {@link TurnSink} on a second thread, in order, so that summing a replay
 * (or writing its decision log) overlaps the kernel's work instead of adding to it. Turns are
 * copied into pooled batches; the copies carry no ledger, so a sink that reads wallet spend ({@code
 * --explain}) must stay on the replay's thread. {@link #close()} waits for the last turn and
 * rethrows what the sink threw.
 */
public final class BackgroundSink implements TurnSink, AutoCloseable {
  private static final int BATCH = 2048;
  private static final int POOL = 4;

  private final TurnSink sink;
  private final BlockingQueue<Turn[]> filled = new ArrayBlockingQueue<>(POOL + 1);
  private final BlockingQueue<Turn[]> free = new ArrayBlockingQueue<>(POOL);
  private final Thread worker;
  private volatile Throwable failure;
  private Turn[] current;
  private int size;
  private boolean closed;
  private boolean reported;

  /** Feeds {@code sink} from a new thread. */
  public BackgroundSink(TurnSink sink) {
    this.sink = sink;
    for (int i = 0; i < POOL; i++) {
      Turn[] batch = new Turn[BATCH + 1]; // the extra slot ends a partial batch with null
      for (int j = 0; j < BATCH; j++) {
        batch[j] = new Turn(null);
      }
      free.add(batch);
    }
    this.worker = new Thread(this::work, "ccgate-replay-sink");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void accept(Turn turn) throws IOException {
    if (current == null) {
      current = take(free);
      size = 0;
    }
    turn.copyInto(current[size++]);
    if (size == BATCH) {
      hand(current);
      current = null;
    }
  }

  private void work() {
    try {
      while (true) {
        Turn[] batch = filled.take();
        if (batch.length == 0) {
          return; // the end
        }
        for (int i = 0; i < BATCH && batch[i] != null; i++) {
          sink.accept(batch[i]);
        }
        free.put(batch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
      free.clear(); // unblock the replay: its next hand-off will see the failure
      free.offer(new Turn[BATCH + 1]);
    }
  }

  private void hand(Turn[] batch) throws IOException {
    rethrow();
    try {
      filled.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while replaying", e);
    }
  }

  private Turn[] take(BlockingQueue<Turn[]> queue) throws IOException {
    rethrow();
    try {
      Turn[] batch = queue.take();
      rethrow(); // a failed sink leaves an empty batch here to wake the replay
      if (failure != null) {
        throw new IOException("the replay's background sink failed", failure);
      }
      return batch;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while replaying", e);
    }
  }

  private void rethrow() throws IOException {
    Throwable t = failure;
    if (t == null || reported) {
      return;
    }
    reported = true; // thrown once: close() after a failed accept() must not throw it again
    if (t instanceof IOException e) {
      throw e;
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  /** Waits until the sink has seen every turn; rethrows its failure. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (current != null && failure == null) {
      current[size] = null; // ends the partial batch; the pool is not used after close
      hand(current);
      current = null;
    }
    try {
      if (failure == null) {
        filled.put(new Turn[0]);
      }
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while replaying", e);
    }
    rethrow();
  }
}
