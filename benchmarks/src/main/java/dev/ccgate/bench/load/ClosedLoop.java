package dev.ccgate.bench.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput at saturation: {@code concurrency} requests always outstanding against one target,
 * each answer sending the next, for a fixed time. It measures how many requests a second the whole
 * box (load client, fake upstream and proxy on the same two cores) pushes through the target.
 */
final class ClosedLoop {
  private ClosedLoop() {}

  /** Requests answered 200 and failed, and the time they took. */
  record Run(String target, int concurrency, long ok, long failed, long elapsedNanos) {
    double perSecond() {
      return ok / (elapsedNanos / 1e9);
    }
  }

  static Run run(LoadClient client, Target target, byte[] body, int concurrency, int seconds)
      throws InterruptedException {
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong sequence = new AtomicLong();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch workers = new CountDownLatch(concurrency);
    for (int w = 0; w < concurrency; w++) {
      new Worker(client, target, body, end, ok, failed, sequence, workers).next();
    }
    workers.await(seconds + 60L, TimeUnit.SECONDS);
    // Only answers that arrived before the end are counted, so the window is exactly the run.
    return new Run(target.name(), concurrency, ok.get(), failed.get(), end - start);
  }

  /** One request at a time, the next sent from the previous one's completion. */
  private record Worker(
      LoadClient client,
      Target target,
      byte[] body,
      long end,
      AtomicLong ok,
      AtomicLong failed,
      AtomicLong sequence,
      CountDownLatch workers) {
    void next() {
      if (System.nanoTime() >= end) {
        workers.countDown();
        return;
      }
      client.send(
          target,
          body,
          (int) (sequence.getAndIncrement() & 0x7fffffff),
          30,
          (nanos, success, status) -> {
            if (nanos < end) {
              (success ? ok : failed).incrementAndGet();
            }
            next();
          });
    }
  }
}
