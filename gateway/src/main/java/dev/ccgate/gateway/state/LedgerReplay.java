package dev.ccgate.gateway.state;

import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.decision.LogLine;
import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.Settlement;
import dev.ccgate.policy.Period;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the ledger on start from the decision log, so that a restart never forgets spend: every
 * file that can hold a line of a current period (daily, weekly or monthly, in the policy timezone)
 * is read in date order and each line is charged again as written, and each admin credit or reset
 * logged among them is applied again at its place. A torn last line (a kill in mid-write) is
 * skipped and counted.
 */
public final class LedgerReplay {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerReplay.class);

  private LedgerReplay() {}

  /** Replays the log in {@code dir} into {@code guard} as of {@code now}. */
  public static ReplayReport replay(Path dir, LedgerGuard guard, Instant now) throws IOException {
    return replay(dir, guard, now, (r, s) -> {});
  }

  /**
   * Replays as {@link #replay(Path, LedgerGuard, Instant)}, handing each line and what charging it
   * re-derived (its stage crossings) to {@code replayed}.
   */
  public static ReplayReport replay(
      Path dir, LedgerGuard guard, Instant now, BiConsumer<DecisionRecord, Settlement> replayed)
      throws IOException {
    LocalDate from = firstDay(new PeriodCalendar(guard.policy().timezone()), now);
    List<Path> files =
        DecisionLog.files(dir).stream().filter(f -> !DecisionLog.dayOf(f).isBefore(from)).toList();
    long records = 0;
    long cost = 0;
    long torn = 0;
    long malformed = 0;
    long adjustments = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int at = 0;
      int lineNo = 0;
      while (at < text.length()) {
        int nl = text.indexOf('\n', at);
        boolean last = nl < 0;
        String line = last ? text.substring(at) : text.substring(at, nl);
        at = last ? text.length() : nl + 1;
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        LogLine entry;
        try {
          entry = DecisionLogCodec.readLine(line);
        } catch (RuntimeException e) {
          if (last) {
            torn++;
          } else {
            malformed++;
            LOG.warn("decision log {}:{}: skipped: {}", file.getFileName(), lineNo, e.getMessage());
          }
          continue;
        }
        if (entry.isAdjustment()) {
          guard.restore(entry.adjustment());
          adjustments++;
          continue;
        }
        DecisionRecord r = entry.decision();
        replayed.accept(r, guard.restore(r));
        records++;
        cost += r.action().refuses() ? 0 : r.costMicros();
      }
    }
    return new ReplayReport(files.size(), records, cost, adjustments, torn, malformed);
  }

  /**
   * The first UTC day whose file can hold a line of a current period: a line is written at or after
   * its request arrived, so no earlier file matters.
   */
  static LocalDate firstDay(PeriodCalendar calendar, Instant now) {
    Instant earliest = now;
    for (Period p : Period.values()) {
      Instant start = calendar.start(p, now);
      if (start.isBefore(earliest)) {
        earliest = start;
      }
    }
    return LocalDate.ofInstant(earliest, ZoneOffset.UTC);
  }
}
