package dev.ccgate.kernel;

import dev.ccgate.policy.ConditionInput;
import dev.ccgate.policy.ConditionVariable;
import dev.ccgate.policy.Money;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The condition variables of one request, computed only when a condition reads them. Wallet figures
 * refer to each scope's tightest period: the highest percentage, the smallest remainder, and the
 * spend of the period with the highest percentage. A scope without a budget reads as spent 0,
 * remaining +infinity, percent 0.
 */
final class RequestVariables implements ConditionInput {
  private final Request request;
  private final String family;
  private final WalletPath path;
  private final long[] spent;
  private final ZoneId zone;

  /**
   * Variables of {@code request}; {@code spent[i]} is the spend of {@code path.wallets().get(i)}
   * before the request, as decide already read it from the ledger.
   */
  RequestVariables(Request request, String family, WalletPath path, long[] spent, ZoneId zone) {
    this.request = request;
    this.family = family;
    this.path = path;
    this.spent = spent;
    this.zone = zone;
  }

  @Override
  public boolean alwaysComplete() {
    return true; // every variable has a value: a scope without a budget reads as 0 / +infinity
  }

  @Override
  public long longValue(ConditionVariable variable) {
    return switch (variable) {
      case REQUEST_INPUT_TOKENS -> request.inputTokens();
      case REQUEST_MAX_TOKENS -> request.maxTokens();
      case TIME_HOUR -> local().getHour();
      case TIME_WEEKDAY -> local().getDayOfWeek().getValue();
      default -> throw new IllegalArgumentException(variable + " is not an int variable");
    };
  }

  @Override
  public double doubleValue(ConditionVariable variable) {
    return switch (variable) {
      case DEVELOPER_SPENT_USD -> tightest(Scope.DEVELOPER).spentUsd();
      case DEVELOPER_REMAINING_USD -> tightest(Scope.DEVELOPER).remainingUsd();
      case DEVELOPER_PERCENT -> tightest(Scope.DEVELOPER).percent();
      case TEAM_SPENT_USD -> tightest(Scope.TEAM).spentUsd();
      case TEAM_REMAINING_USD -> tightest(Scope.TEAM).remainingUsd();
      case TEAM_PERCENT -> tightest(Scope.TEAM).percent();
      case ORG_SPENT_USD -> tightest(Scope.ORG).spentUsd();
      case ORG_REMAINING_USD -> tightest(Scope.ORG).remainingUsd();
      case ORG_PERCENT -> tightest(Scope.ORG).percent();
      default -> throw new IllegalArgumentException(variable + " is not a double variable");
    };
  }

  @Override
  public Object value(ConditionVariable variable) {
    return switch (variable) {
      case REQUEST_MODEL -> request.model();
      case REQUEST_FAMILY -> family;
      case REQUEST_INPUT_TOKENS -> request.inputTokens();
      case REQUEST_MAX_TOKENS -> request.maxTokens();
      case REQUEST_STREAM -> request.stream();
      case REQUEST_SESSION_ID -> request.sessionId();
      case DEVELOPER_ID -> path.developer();
      case TEAM_ID -> path.team();
      case DEVELOPER_SPENT_USD,
          DEVELOPER_REMAINING_USD,
          DEVELOPER_PERCENT,
          TEAM_SPENT_USD,
          TEAM_REMAINING_USD,
          TEAM_PERCENT,
          ORG_SPENT_USD,
          ORG_REMAINING_USD,
          ORG_PERCENT ->
          doubleValue(variable);
      case TIME_HOUR -> (long) local().getHour();
      case TIME_WEEKDAY -> (long) local().getDayOfWeek().getValue();
    };
  }

  private ZonedDateTime local() {
    return request.time().atZone(zone);
  }

  private Tightest tightest(Scope scope) {
    double bestPercent = -1;
    double spentUsd = 0;
    double remainingUsd = Double.POSITIVE_INFINITY;
    java.util.List<WalletPlan> wallets = path.wallets();
    for (int i = 0; i < wallets.size(); i++) {
      WalletPlan plan = wallets.get(i);
      if (plan.id().scope() != scope) {
        continue;
      }
      long spent = this.spent[i];
      double percent = spent * 100.0 / plan.limitMicros();
      if (percent > bestPercent) {
        bestPercent = percent;
        spentUsd = Money.toDouble(spent);
      }
      remainingUsd = Math.min(remainingUsd, Money.toDouble(plan.limitMicros() - spent));
    }
    return new Tightest(spentUsd, remainingUsd, Math.max(bestPercent, 0));
  }

  private record Tightest(double spentUsd, double remainingUsd, double percent) {}
}
