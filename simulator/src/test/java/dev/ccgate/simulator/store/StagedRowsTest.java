package dev.ccgate.simulator.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccgate.simulator.trace.TraceRow;
import org.junit.jupiter.api.Test;

/**
 * A transcript file's repeated lines (same message and request id, same sidechain flag) collapse to
 * the row deduplication would keep of them, which keeps its own line and position; anything that
 * could fall in another group, and every row of other formats, is kept for the database to decide.
 */
class StagedRowsTest {
  private static TraceRow row(
      long time,
      String request,
      String message,
      long output,
      String speed,
      boolean side,
      long line) {
    return new TraceRow(
        time,
        "dev",
        null,
        "s",
        request,
        message,
        "claude-opus-4-6",
        null,
        10,
        output,
        0,
        0,
        0,
        speed,
        null,
        0,
        side,
        null,
        false,
        line);
  }

  private static StagedRows transcript() {
    return new StagedRows(new StringCodes(), 0, true);
  }

  @Test
  void theLargestTotalWinsAndKeepsItsLineAndPosition() {
    StagedRows rows = transcript();
    rows.add(row(100, "r", "m", 5, null, false, 1));
    rows.add(row(101, "r", "m", 50, null, false, 2));
    rows.add(row(102, "r", "m", 20, null, false, 3));
    assertEquals(1, rows.size());
    assertEquals(3, rows.added());
    assertEquals(60, rows.longAt(0, 1) + rows.longAt(0, 2));
    assertEquals(2, rows.longAt(0, 7), "its line");
    assertEquals(1, rows.longAt(0, 8), "its position among the parsed rows");
  }

  @Test
  void onATieTheRowWithSpeedWinsThenTheEarliestTime() {
    StagedRows rows = transcript();
    rows.add(row(100, "r", "m", 5, null, false, 1));
    rows.add(row(100, "r", "m", 5, "fast", false, 2));
    rows.add(row(100, "r", "m", 5, "fast", false, 3)); // same: the earlier position stays
    assertEquals(2, rows.longAt(0, 7));
    StagedRows earlier = transcript();
    earlier.add(row(100, "r", "m", 5, null, false, 1));
    earlier.add(row(90, "r", "m", 5, null, false, 2)); // later line, earlier time
    assertEquals(2, earlier.longAt(0, 7));
    assertEquals(90, earlier.longAt(0, 0));
  }

  @Test
  void rowsThatMayBelongToOtherGroupsAreAllKept() {
    StagedRows rows = transcript();
    rows.add(row(100, "r", "m", 5, null, false, 1));
    rows.add(row(100, "r", "m", 5, null, true, 2)); // a sidechain copy: another rule applies
    rows.add(row(100, "rm", null, 5, null, false, 3)); // no message id: never deduplicated
    rows.add(row(100, null, "rm", 5, null, false, 4)); // same joined ids, other request id
    rows.add(row(100, "x", "m", 5, null, false, 5)); // same message, other request
    rows.add(row(100, "r", "m", 7, null, false, 6)); // collapses into the first
    assertEquals(5, rows.size());
    assertEquals(6, rows.added());
    long[] positions = new long[rows.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = rows.longAt(i, 8);
    }
    assertArrayEquals(new long[] {5, 1, 2, 3, 4}, positions, "positions stay as parsed");
    assertEquals(6, rows.longAt(0, 7), "the larger copy replaced the first row");
  }

  @Test
  void otherFormatsKeepEveryRow() {
    StagedRows rows = new StagedRows(new StringCodes(), 0, false);
    rows.add(row(100, "r", "m", 5, null, false, 1));
    rows.add(row(100, "r", "m", 5, null, false, 2));
    assertEquals(2, rows.size());
  }
}
