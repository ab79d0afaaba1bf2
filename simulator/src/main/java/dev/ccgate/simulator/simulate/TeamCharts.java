package dev.ccgate.simulator.simulate;

import dev.ccgate.policy.Budget;
import dev.ccgate.policy.Period;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Stage;
import dev.ccgate.policy.Team;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds a team's {@link TeamChart} from its spend per day and the policy's budget for it. */
final class TeamCharts {
  private TeamCharts() {}

  static TeamChart of(String team, GroupTally tally, LocalDate first, int dayCount, Policy policy) {
    Team t = policy.team(team).orElse(null);
    Budget budget = t == null ? Budget.NONE : t.budget();
    Period period = Period.DAILY;
    for (Period p : Period.values()) { // DAILY, WEEKLY, MONTHLY: the shortest with a limit
      if (budget.limitMicros(p) > 0) {
        period = p;
        break;
      }
    }
    long limit = budget.limitMicros(period);
    List<Stage> stages = limit == 0 ? List.of() : t.stages() != null ? t.stages() : policy.stages();
    List<TeamChart.Day> days = new ArrayList<>();
    if (first != null) {
      long[][] spend = tally.days(dayCount);
      long periodActual = 0;
      long periodProjected = 0;
      for (int i = 0; i < dayCount; i++) {
        LocalDate day = first.plusDays(i);
        if (i == 0 || startsPeriod(day, period)) {
          periodActual = 0;
          periodProjected = 0;
        }
        periodActual += spend[i][0];
        periodProjected += spend[i][1];
        days.add(new TeamChart.Day(day, spend[i][0], spend[i][1], periodActual, periodProjected));
      }
    }
    return new TeamChart(team, period, limit, stages, days);
  }

  private static boolean startsPeriod(LocalDate day, Period period) {
    return switch (period) {
      case DAILY -> true;
      case WEEKLY -> day.getDayOfWeek() == DayOfWeek.MONDAY;
      case MONTHLY -> day.getDayOfMonth() == 1;
    };
  }
}
