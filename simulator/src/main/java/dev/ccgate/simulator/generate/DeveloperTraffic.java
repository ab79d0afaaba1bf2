package dev.ccgate.simulator.generate;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * One developer's days: how many sessions each day (busier on weekdays, quiet on weekends, holidays
 * and a vacation), when they start (working hours in the developer's zone), where (which repository
 * and branch), and whether a session continues the previous one in that folder.
 */
final class DeveloperTraffic {
  private static final long CONTINUE_WITHIN = 16 * SessionSimulator.ONE_HOUR;
  private static final double CONTINUE_RATE = 0.3;

  /** What one developer's traffic amounted to. */
  record Stats(long sessions, long calls, long subagentCalls, long errors, long costMicros) {
    static final Stats NONE = new Stats(0, 0, 0, 0, 0);

    Stats plus(Stats o) {
      return new Stats(
          sessions + o.sessions,
          calls + o.calls,
          subagentCalls + o.subagentCalls,
          errors + o.errors,
          costMicros + o.costMicros);
    }
  }

  private final Developer dev;
  private final Draw draw;
  private final SessionSimulator simulator;

  DeveloperTraffic(Developer dev, Draw draw, CallPricer pricer) {
    this.dev = dev;
    this.draw = draw;
    this.simulator = new SessionSimulator(dev, draw.split(), pricer);
  }

  /**
   * Plays {@code days} days from {@code start} into {@code writer}, with {@code activity} times the
   * profile's sessions a day.
   */
  Stats run(LocalDate start, int days, double activity, TrafficWriter writer) throws IOException {
    int awayFrom = draw.chance(0.35) ? draw.between(0, days - 1) : -1;
    int awayTo = awayFrom + draw.between(2, 5);
    Map<String, String> branches = new HashMap<>();
    Map<String, SessionSimulator.End> ends = new HashMap<>();
    Map<String, String> endBranches = new HashMap<>();
    Stats stats = Stats.NONE;
    for (int i = 0; i < days; i++) {
      LocalDate date = start.plusDays(i);
      double factor = i >= awayFrom && i < awayTo ? 0 : dayFactor(date);
      int sessions =
          draw.poisson(
              dev.profile().sessionsPerWeekday()
                  * dev.heaviness()
                  * factor
                  * activity
                  * draw.lognormal(1.0, 0.35));
      long[] starts = new long[sessions];
      for (int k = 0; k < sessions; k++) {
        starts[k] =
            ZonedDateTime.of(date, startTime(), dev.zone()).toInstant().toEpochMilli()
                + draw.between(0, 999);
      }
      java.util.Arrays.sort(starts);
      for (String repo : dev.repos()) {
        if (i == 0 || draw.chance(0.3)) {
          branches.put(repo, branch());
        }
      }
      String version = "2.1." + (300 + dev.versionOffset() + i / 4);
      for (long at : starts) {
        String repo = repo();
        String cwd =
            dev.home()
                + "/src/"
                + repo
                + (draw.chance(0.15) ? "/" + draw.pick(dev.profile().vocabulary().folders()) : "");
        SessionSimulator.End previous = ends.get(cwd);
        boolean resume =
            previous != null
                && at > previous.time()
                && at - previous.time() < CONTINUE_WITHIN
                && draw.chance(CONTINUE_RATE);
        String branch = resume ? endBranches.get(cwd) : branches.get(repo);
        Session session = new Session(draw.uuid(), dev, cwd, branch, version);
        ends.put(cwd, simulator.play(session, at, resume ? previous : null));
        endBranches.put(cwd, branch);
        writer.write(session);
        stats = stats.plus(stats(session));
      }
    }
    return stats;
  }

  private static Stats stats(Session s) {
    long calls = 0;
    long side = 0;
    long cost = 0;
    for (Call c : s.calls()) {
      calls++;
      side += c.sidechain() ? 1 : 0;
      cost += c.costMicros();
    }
    return new Stats(1, calls, side, s.errors().size(), cost);
  }

  /** How busy a day is: weekends and holidays are quiet. */
  private double dayFactor(LocalDate date) {
    if (isHoliday(date)) {
      return 0.08;
    }
    if (dev.inAmericas() && isThanksgiving(date.minusDays(1))) {
      return 0.3; // the Friday after
    }
    return switch (date.getDayOfWeek()) {
      case SATURDAY -> 0.12;
      case SUNDAY -> 0.08;
      default -> 1.0;
    };
  }

  private boolean isHoliday(LocalDate date) {
    boolean everywhere =
        (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 25)
            || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1);
    return everywhere || (dev.inAmericas() && isThanksgiving(date));
  }

  /** The fourth Thursday of November (US Thanksgiving). */
  private static boolean isThanksgiving(LocalDate date) {
    return date.getMonth() == Month.NOVEMBER
        && date.getDayOfWeek() == DayOfWeek.THURSDAY
        && date.getDayOfMonth() >= 22
        && date.getDayOfMonth() <= 28;
  }

  /** A start time in the developer's working day: mornings, afternoons, some evenings. */
  private LocalTime startTime() {
    double evening = dev.heavy() ? 0.2 : 0.07;
    double u = draw.unit();
    double hour;
    if (u < evening) {
      hour = 20.5 + 1.2 * draw.gaussian();
    } else if (u < evening + (1 - evening) / 2) {
      hour = 10.3 + 1.3 * draw.gaussian();
    } else {
      hour = 14.8 + 1.6 * draw.gaussian();
    }
    hour = Math.max(6.5, Math.min(23.75, hour));
    return LocalTime.ofSecondOfDay(Math.round(hour * 3600) % 86_400);
  }

  private String repo() {
    // The first repository is the main one; the others share the rest.
    return draw.chance(0.55) ? dev.repos().get(0) : draw.pick(dev.repos());
  }

  private String branch() {
    if (draw.chance(0.35)) {
      return "main";
    }
    String noun = draw.pick(dev.profile().vocabulary().nouns()).replace(' ', '-');
    return (draw.chance(0.7) ? "feature/" : "fix/") + noun;
  }
}
