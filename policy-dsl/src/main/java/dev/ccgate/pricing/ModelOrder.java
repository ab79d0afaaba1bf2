package dev.ccgate.pricing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Orders models: families in list order (opus, sonnet, haiku, fable, mythos, then others by name),
 * and within a family newest first.
 *
 * <p>"Newest" compares the generation as version numbers ({@code 5-5} > {@code 5} > {@code 4-8}),
 * then the release date. For the built-in table this is the release-date order (a test checks it);
 * unlike dates it also places rows a LiteLLM file or an override adds without a date.
 */
final class ModelOrder {
  private static final List<String> FAMILIES =
      List.of("opus", "sonnet", "haiku", "fable", "mythos");

  /** Newest first within one family. */
  static final Comparator<ModelPrice> NEWEST_FIRST =
      Comparator.comparing((ModelPrice p) -> version(p.generation()), ModelOrder::compareVersions)
          .thenComparing(ModelPrice::released, Comparator.nullsFirst(LocalDate::compareTo))
          .reversed()
          .thenComparing(ModelPrice::id);

  /** Display order: family, newest first, then each model's price versions oldest first. */
  static final Comparator<ModelPrice> DISPLAY =
      Comparator.comparing(ModelPrice::family, ModelOrder::compareFamilies)
          .thenComparing(NEWEST_FIRST)
          .thenComparing(ModelPrice::validFrom, Comparator.nullsFirst(LocalDate::compareTo));

  private ModelOrder() {}

  private static int compareFamilies(String a, String b) {
    int ra = rank(a);
    int rb = rank(b);
    return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
  }

  private static int rank(String family) {
    int i = FAMILIES.indexOf(family);
    return i < 0 ? FAMILIES.size() : i;
  }

  private static long[] version(String generation) {
    String[] parts = generation.split("-", -1);
    long[] v = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Long.parseLong(parts[i]);
      } catch (NumberFormatException e) {
        v[i] = -1; // not a version: sorts as oldest
      }
    }
    return v;
  }

  private static int compareVersions(long[] a, long[] b) {
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      long x = i < a.length ? a[i] : 0;
      long y = i < b.length ? b[i] : 0;
      if (x != y) {
        return Long.compare(x, y);
      }
    }
    return 0;
  }
}
