package dev.ccgate.simulator.generate;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One simulated developer.
 *
 * @param email their identity ({@code user.email} in OTel; their folder name in a transcript tree)
 * @param team the team they belong to
 * @param zone where their working day is
 * @param profile how their team uses Claude Code
 * @param heaviness how much more than the team's average they use it (a heavy user is 2-3)
 * @param home their home folder ({@code /Users/alice} or {@code /home/alice})
 * @param repos the repositories they work in, most used first
 * @param versionOffset how many Claude Code releases ahead of the slowest teammate they run
 */
record Developer(
    String email,
    String team,
    ZoneId zone,
    TeamProfile profile,
    double heaviness,
    String home,
    List<String> repos,
    int versionOffset) {

  Developer {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(profile, "profile");
    repos = List.copyOf(repos);
    if (repos.isEmpty() || heaviness <= 0) {
      throw new IllegalArgumentException("a developer needs repos and a positive heaviness");
    }
  }

  /** True for the few heavy users. */
  boolean heavy() {
    return heaviness >= 1.5;
  }

  /** True when their zone is in the Americas (US holidays apply). */
  boolean inAmericas() {
    return zone.getId().startsWith("America/");
  }
}
