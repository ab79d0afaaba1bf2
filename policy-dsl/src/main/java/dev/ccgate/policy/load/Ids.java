package dev.ccgate.policy.load;

/**
 * Checks the ids a policy names: they appear in wallet ids ({@code team:platform:daily}) and
 * decision logs, so none may be empty or contain white space, and a team id no colon.
 */
final class Ids {
  private Ids() {}

  /** True when {@code id} is usable; reports an error at {@code at} otherwise. */
  static boolean check(Problems problems, String id, Mark at, String what, boolean noColon) {
    boolean blank = id.isBlank();
    boolean space = id.chars().anyMatch(Character::isWhitespace);
    boolean colon = noColon && id.indexOf(':') >= 0;
    if (!blank && !space && !colon) {
      return true;
    }
    problems.error(
        "bad-id",
        at,
        "'" + id + "' is not a valid " + what,
        noColon ? "use letters, digits, '-', '_' or '.'" : "an id may not contain spaces");
    return false;
  }
}
