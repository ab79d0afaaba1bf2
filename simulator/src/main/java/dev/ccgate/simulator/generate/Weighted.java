package dev.ccgate.simulator.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable weighted choice: {@code Weighted.of("a", 3, "b", 1)} picks {@code a} three times in
 * four.
 */
final class Weighted<T> {
  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] weights) {
    if (items.isEmpty() || items.size() != weights.length) {
      throw new IllegalArgumentException("items and weights must be non-empty and match");
    }
    this.items = List.copyOf(items);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("negative weight");
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("weights sum to zero");
    }
  }

  /** Alternating item, weight pairs. */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> of(Object... itemWeightPairs) {
    List<T> items = new ArrayList<>();
    double[] weights = new double[itemWeightPairs.length / 2];
    for (int i = 0; i + 1 < itemWeightPairs.length; i += 2) {
      items.add((T) itemWeightPairs[i]);
      weights[i / 2] = ((Number) itemWeightPairs[i + 1]).doubleValue();
    }
    return new Weighted<>(items, weights);
  }

  T pick(Draw draw) {
    double x = draw.unit() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (x < cumulative[i]) {
        return items.get(i);
      }
    }
    return items.get(items.size() - 1);
  }
}
