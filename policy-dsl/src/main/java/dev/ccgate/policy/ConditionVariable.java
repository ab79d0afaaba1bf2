package dev.ccgate.policy;

import java.util.HashMap;
import java.util.Map;

/**
 * Every variable a {@code when:} condition may use (SPEC section 3.1), with its CEL type. Money is
 * in USD as a double (conditions only compare it; accounting stays in micro-dollars); percentages
 * are 0-100+ and refer to the wallet's tightest period: {@code percent} is the highest percentage
 * over the periods, {@code remaining_usd} the smallest remainder, {@code spent_usd} the spend of
 * the period with the highest percentage.
 */
public enum ConditionVariable {
  REQUEST_MODEL("request.model", Type.STRING),
  REQUEST_FAMILY("request.family", Type.STRING),
  REQUEST_INPUT_TOKENS("request.input_tokens", Type.INT),
  REQUEST_MAX_TOKENS("request.max_tokens", Type.INT),
  REQUEST_STREAM("request.stream", Type.BOOL),
  REQUEST_SESSION_ID("request.session_id", Type.STRING),
  DEVELOPER_ID("developer.id", Type.STRING),
  DEVELOPER_SPENT_USD("developer.spent_usd", Type.DOUBLE),
  DEVELOPER_REMAINING_USD("developer.remaining_usd", Type.DOUBLE),
  DEVELOPER_PERCENT("developer.percent", Type.DOUBLE),
  TEAM_ID("team.id", Type.STRING),
  TEAM_SPENT_USD("team.spent_usd", Type.DOUBLE),
  TEAM_REMAINING_USD("team.remaining_usd", Type.DOUBLE),
  TEAM_PERCENT("team.percent", Type.DOUBLE),
  ORG_SPENT_USD("org.spent_usd", Type.DOUBLE),
  ORG_REMAINING_USD("org.remaining_usd", Type.DOUBLE),
  ORG_PERCENT("org.percent", Type.DOUBLE),
  /** Hour of day 0-23 in the policy timezone. */
  TIME_HOUR("time.hour", Type.INT),
  /** ISO day of week in the policy timezone: 1 = Monday ... 7 = Sunday. */
  TIME_WEEKDAY("time.weekday", Type.INT);

  /** The CEL types the variables use. */
  public enum Type {
    STRING,
    INT,
    DOUBLE,
    BOOL
  }

  private static final Map<String, ConditionVariable> BY_NAME = new HashMap<>();

  static {
    for (ConditionVariable v : values()) {
      BY_NAME.put(v.celName, v);
    }
  }

  private final String celName;
  private final Type type;

  ConditionVariable(String celName, Type type) {
    this.celName = celName;
    this.type = type;
  }

  /** The dotted name written in conditions, e.g. {@code team.remaining_usd}. */
  public String celName() {
    return celName;
  }

  /** The variable's CEL type. */
  public Type type() {
    return type;
  }

  /** The variable with the dotted name {@code celName}, or null. */
  public static ConditionVariable byName(String celName) {
    return BY_NAME.get(celName);
  }
}
