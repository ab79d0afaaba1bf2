package dev.ccgate.simulator.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.kernel.Ledger;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Turns handed to a second thread arrive complete, in order, and failures come back. */
class BackgroundSinkTest {
  private static Turn turn(Turn t, long i) {
    t.timeMicros = i;
    t.sessionCode = (int) i;
    t.actualMicros = i * 10;
    return t;
  }

  @Test
  void everyTurnArrivesInOrderAcrossPartialBatches() throws Exception {
    List<Long> seen = new ArrayList<>();
    List<Long> costs = new ArrayList<>();
    Turn reused = new Turn(new Ledger());
    try (BackgroundSink sink =
        new BackgroundSink(
            t -> {
              seen.add(t.timeMicros());
              costs.add(t.actualMicros());
            })) {
      for (long i = 0; i < 5_000; i++) {
        sink.accept(turn(reused, i));
      }
    }
    assertEquals(5_000, seen.size());
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(i, seen.get(i));
      assertEquals(i * 10L, costs.get(i));
    }
  }

  @Test
  void aSinkFailureReachesTheReplay() {
    Turn reused = new Turn(new Ledger());
    IOException e =
        assertThrows(
            IOException.class,
            () -> {
              try (BackgroundSink sink =
                  new BackgroundSink(
                      t -> {
                        if (t.timeMicros() == 3_000) {
                          throw new IOException("disk full");
                        }
                      })) {
                for (long i = 0; i < 100_000; i++) {
                  sink.accept(turn(reused, i));
                }
              }
            });
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void copiesHaveNoLedgerSoWalletSpendStaysOnTheReplayThread() throws Exception {
    List<IllegalStateException> errors = new ArrayList<>();
    try (BackgroundSink sink =
        new BackgroundSink(
            t -> {
              try {
                t.spentBeforeMicros(WalletId.org(Period.MONTHLY));
              } catch (IllegalStateException e) {
                errors.add(e);
              }
            })) {
      sink.accept(turn(new Turn(new Ledger()), 1));
    }
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).getMessage().contains("replay's thread"));
  }
}
