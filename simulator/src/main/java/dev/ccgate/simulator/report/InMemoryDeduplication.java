package dev.ccgate.simulator.report;

import dev.ccgate.simulator.trace.TraceFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Transcript deduplication (formats.md 1.4) over rows held in memory, for {@link DirectReport}. The
 * rules are those of the store's SQL ({@code store.Deduplication}), which the direct report must
 * match request for request ({@code DirectReportTest} compares the two on every fixture):
 *
 * <ol>
 *   <li>Only transcript rows with a message id take part; every other row passes.
 *   <li>Sidechain rows whose message id also has a non-sidechain row are dropped.
 *   <li>The rest group by message id and request id (non-sidechain; a missing request id is a key
 *       of its own), or by message id alone (sidechain).
 *   <li>Per group the largest token total wins; on a tie the row with {@code speed}; then the
 *       earliest (time, file, position).
 * </ol>
 */
final class InMemoryDeduplication {
  // The best row so far of each group, taken as files arrive, so that only the winners are held.
  // A sidechain group is dropped at the end if its message id has a non-sidechain row: that rule
  // drops the message's sidechain rows wholesale, so keeping their best one until then is exact.
  // Insertion-ordered, so the winners come out in file order: the aggregation reuses the last
  // request's local day, which only pays when requests arrive in runs of the same day.
  private final Map<Key, LoadedRow> best = new LinkedHashMap<>();
  private final Map<String, LoadedRow> bestSidechain = new LinkedHashMap<>();
  private final Set<String> withMain = new HashSet<>();
  private final List<LoadedRow> others = new ArrayList<>();
  private long rows;

  /** Takes one more row. */
  void add(LoadedRow r) {
    rows++;
    if (!takesPart(r)) {
      others.add(r);
    } else if (r.row().sidechain()) {
      bestSidechain.merge(r.row().messageId(), r, InMemoryDeduplication::better);
    } else {
      withMain.add(r.row().messageId());
      best.merge(
          new Key(r.row().messageId(), r.row().requestId()), r, InMemoryDeduplication::better);
    }
  }

  /** How many rows it has taken. */
  long rows() {
    return rows;
  }

  /** The rows that survive, in no particular order. */
  List<LoadedRow> kept() {
    List<LoadedRow> out = new ArrayList<>(others.size() + best.size() + bestSidechain.size());
    out.addAll(others);
    out.addAll(best.values());
    for (Map.Entry<String, LoadedRow> e : bestSidechain.entrySet()) {
      if (!withMain.contains(e.getKey())) {
        out.add(e.getValue());
      }
    }
    return out;
  }

  private static boolean takesPart(LoadedRow r) {
    return r.format() == TraceFormat.TRANSCRIPT && r.row().messageId() != null;
  }

  /** The winner of {@code a} and {@code b}. */
  private static LoadedRow better(LoadedRow a, LoadedRow b) {
    return wins(a, b) ? a : b;
  }

  private static boolean wins(LoadedRow a, LoadedRow b) {
    long ta = a.row().totalTokens();
    long tb = b.row().totalTokens();
    if (ta != tb) {
      return ta > tb;
    }
    boolean sa = a.row().speed() != null;
    boolean sb = b.row().speed() != null;
    if (sa != sb) {
      return sa;
    }
    if (a.row().timeMicros() != b.row().timeMicros()) {
      return a.row().timeMicros() < b.row().timeMicros();
    }
    int byFile = a.file().compareTo(b.file());
    if (byFile != 0) {
      return byFile < 0;
    }
    return a.ordinal() < b.ordinal();
  }

  /** A non-sidechain group: the message id and the request id (null when missing). */
  private record Key(String messageId, String requestId) {
    Key {
      Objects.requireNonNull(messageId, "messageId");
    }
  }
}
