package dev.ccgate.policy.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean ...?": the known names closest to a misspelt one, by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The names in {@code known} within a plausible typo distance of {@code wrong}, closest first
   * (ties in the order given), at most {@code limit} of them.
   */
  public static List<String> closest(String wrong, Collection<String> known, int limit) {
    String w = wrong.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, w.length() / 3);
    List<Scored> scored =
        known.stream()
            .map(k -> new Scored(k, distance(w, k.toLowerCase(Locale.ROOT)), endsAlike(w, k)))
            .filter(s -> s.distance <= allowed || s.endsAlike)
            .sorted(Comparator.comparingInt(Scored::distance))
            .toList();
    if (scored.isEmpty()) {
      return List.of();
    }
    // A clear winner stands alone: 'team.remainig_usd' suggests team.remaining_usd, not also
    // org.remaining_usd four edits further.
    int best = scored.get(0).distance;
    return scored.stream()
        .filter(s -> s.endsAlike || s.distance <= best + 2)
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  /** The one closest name, or null when none is close. */
  public static String closest(String wrong, Collection<String> known) {
    List<String> best = closest(wrong, known, 1);
    return best.isEmpty() ? null : best.get(0);
  }

  /** {@code did you mean 'x'?}, or a list of the known names when none is close. */
  public static String hint(String wrong, Collection<String> known) {
    String best = closest(wrong, known);
    if (best != null) {
      return "did you mean '" + best + "'?";
    }
    return "expected one of: " + String.join(", ", known);
  }

  // A name of which the wrong one is a whole part is close: "remaining_usd" for
  // "team.remaining_usd", "reset" for "reset_local".
  private static boolean endsAlike(String wrong, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return wrong.length() >= 4
        && (n.endsWith("." + wrong) || n.endsWith("_" + wrong) || n.startsWith(wrong + "_"));
  }

  /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private record Scored(String name, int distance, boolean endsAlike) {}
}
