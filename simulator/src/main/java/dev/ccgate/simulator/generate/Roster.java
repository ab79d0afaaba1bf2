package dev.ccgate.simulator.generate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The developers to simulate and their teams, in a fixed order (the order seeds are split in). */
record Roster(List<Developer> developers, List<String> teams) {
  private static final List<String> ZONES =
      List.of(
          "America/New_York",
          "Europe/Berlin",
          "America/Los_Angeles",
          "America/Chicago",
          "Europe/London",
          "Asia/Kolkata");

  Roster {
    developers = List.copyOf(developers);
    teams = List.copyOf(teams);
  }

  /**
   * The twelve developers of {@code sample-traces/policies/starter.yaml} in its three teams:
   * platform, data (the team that overruns its budget) and mobile. Alice (platform's tech lead) and
   * Grace (data) are the heavy users.
   */
  static Roster sample(Draw draw) {
    List<Developer> devs = new ArrayList<>();
    add(devs, draw, "alice", "platform", "America/New_York", TeamProfile.PLATFORM, 1.8);
    add(devs, draw, "bob", "platform", "America/New_York", TeamProfile.PLATFORM, 0.9);
    add(devs, draw, "dave", "platform", "America/Chicago", TeamProfile.PLATFORM, 1.0);
    add(devs, draw, "erin", "platform", "Europe/London", TeamProfile.PLATFORM, 0.8);
    add(devs, draw, "frank", "platform", "America/New_York", TeamProfile.PLATFORM, 0.7);
    add(devs, draw, "carol", "data", "America/Chicago", TeamProfile.DATA, 1.0);
    add(devs, draw, "grace", "data", "America/New_York", TeamProfile.DATA, 1.7);
    add(devs, draw, "heidi", "data", "America/Denver", TeamProfile.DATA, 0.9);
    add(devs, draw, "ivan", "data", "Europe/Berlin", TeamProfile.DATA, 1.2);
    add(devs, draw, "judy", "mobile", "America/Los_Angeles", TeamProfile.MOBILE, 1.0);
    add(devs, draw, "mallory", "mobile", "America/Los_Angeles", TeamProfile.MOBILE, 0.8);
    add(devs, draw, "oscar", "mobile", "America/Sao_Paulo", TeamProfile.MOBILE, 0.9);
    return new Roster(devs, List.of("platform", "data", "mobile"));
  }

  /**
   * {@code developers} developers {@code dev001@example.com}... dealt round-robin into {@code
   * teams} teams {@code team-1}...; team-2 works like the data team (the one that overruns), the
   * others like platform (odd) or mobile (even). About one in twenty-five is a heavy user.
   */
  static Roster numbered(int developers, int teams, Draw draw) {
    if (developers < 1 || teams < 1 || teams > developers) {
      throw new IllegalArgumentException(
          "need at least one developer and between 1 and " + developers + " teams");
    }
    int width = Math.max(3, Integer.toString(developers).length());
    List<Developer> devs = new ArrayList<>();
    for (int i = 0; i < developers; i++) {
      int k = i % teams + 1;
      TeamProfile profile =
          k == 2 ? TeamProfile.DATA : (k % 2 == 1 ? TeamProfile.PLATFORM : TeamProfile.MOBILE);
      String zone = draw.chance(0.15) ? draw.pick(ZONES) : ZONES.get((k - 1) % ZONES.size());
      double heaviness =
          draw.chance(0.04) ? draw.uniform(2.5, 3.5) : Math.min(1.45, draw.lognormal(0.95, 0.3));
      String login = String.format(Locale.ROOT, "dev%0" + width + "d", i + 1);
      add(devs, draw, login, "team-" + k, zone, profile, heaviness);
    }
    List<String> names = new ArrayList<>();
    for (int k = 1; k <= teams; k++) {
      names.add("team-" + k);
    }
    return new Roster(devs, names);
  }

  private static void add(
      List<Developer> devs,
      Draw draw,
      String login,
      String team,
      String zone,
      TeamProfile profile,
      double heaviness) {
    String home = (draw.chance(0.7) ? "/Users/" : "/home/") + login;
    Set<String> repos = new LinkedHashSet<>();
    int n = draw.between(2, Math.min(4, profile.vocabulary().repos().size()));
    while (repos.size() < n) {
      repos.add(draw.pick(profile.vocabulary().repos()));
    }
    devs.add(
        new Developer(
            login + "@example.com",
            team,
            ZoneId.of(zone),
            profile,
            heaviness,
            home,
            List.copyOf(repos),
            draw.between(0, 12)));
  }
}
