package dev.ccgate.policy;

/** Spend limits per period in integer micro-dollars; {@code 0} means "no limit for that period". */
public record Budget(long dailyMicros, long weeklyMicros, long monthlyMicros) {
  /** A budget with no limit in any period. */
  public static final Budget NONE = new Budget(0, 0, 0);

  /** Validates that limits are non-negative. */
  public Budget {
    if (dailyMicros < 0 || weeklyMicros < 0 || monthlyMicros < 0) {
      throw new IllegalArgumentException("budget limits must be >= 0");
    }
  }

  /** The limit for {@code period} in micro-dollars, or 0 when that period has no limit. */
  public long limitMicros(Period period) {
    return switch (period) {
      case DAILY -> dailyMicros;
      case WEEKLY -> weeklyMicros;
      case MONTHLY -> monthlyMicros;
    };
  }

  /** This budget with {@code period}'s limit set to {@code micros} (0 removes it). */
  public Budget withLimit(Period period, long micros) {
    return switch (period) {
      case DAILY -> new Budget(micros, weeklyMicros, monthlyMicros);
      case WEEKLY -> new Budget(dailyMicros, micros, monthlyMicros);
      case MONTHLY -> new Budget(dailyMicros, weeklyMicros, micros);
    };
  }

  /** True when no period has a limit. */
  public boolean isEmpty() {
    return dailyMicros == 0 && weeklyMicros == 0 && monthlyMicros == 0;
  }
}
