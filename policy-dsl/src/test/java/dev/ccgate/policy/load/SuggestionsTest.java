package dev.ccgate.policy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void suggestsTheNearestNameForATypoOrTransposition() {
    List<String> teamKeys = List.of("manager", "budget", "model_budgets", "developers", "stages");
    assertEquals("model_budgets", Suggestions.closest("model_budget", teamKeys));
    assertEquals("timezone", Suggestions.closest("tiemzone", PolicyReader.KEYS));
    assertEquals("cascade", Suggestions.closest("Cascade", PolicyReader.KEYS));
  }

  @Test
  void suggestsNothingForAFarName() {
    assertNull(Suggestions.closest("owner", List.of("budget", "stages")));
    assertEquals(
        "expected one of: budget, stages", Suggestions.hint("owner", List.of("budget", "stages")));
  }

  @Test
  void editDistanceCountsATranspositionOnce() {
    assertEquals(1, Suggestions.distance("alrt", "alert"));
    assertEquals(1, Suggestions.distance("tiemzone", "timezone"));
    assertEquals(0, Suggestions.distance("a", "a"));
  }
}
