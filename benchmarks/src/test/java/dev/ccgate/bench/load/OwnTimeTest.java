package dev.ccgate.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The gateway's overhead histogram as the harness reads it from two {@code /metrics} pages. */
class OwnTimeTest {
  private static String page(long b50us, long b250us, long b1ms, long b5ms, long total) {
    String n = "ccgate_gateway_overhead_seconds";
    return "# HELP "
        + n
        + " Time in the gateway per request.\n"
        + "# TYPE "
        + n
        + " histogram\n"
        + n
        + "_bucket{le=\"0.00005\"} "
        + b50us
        + "\n"
        + n
        + "_bucket{le=\"0.00025\"} "
        + b250us
        + "\n"
        + n
        + "_bucket{le=\"0.001\"} "
        + b1ms
        + "\n"
        + n
        + "_bucket{le=\"0.005\"} "
        + b5ms
        + "\n"
        + n
        + "_bucket{le=\"+Inf\"} "
        + total
        + "\n"
        + n
        + "_count "
        + total
        + "\nccgate_requests_total 7\n";
  }

  @Test
  void aStepIsTheDifferenceOfTwoPagesAndItsQuantilesAreBucketBounds() {
    OwnTime before = OwnTime.parse(page(10, 20, 30, 30, 30));
    // 1,000 requests in the step: 100 within 50 µs, 880 more within 250 µs, 15 within 1 ms,
    // 4 within 5 ms and one slower.
    OwnTime step = OwnTime.parse(page(110, 1000, 1025, 1029, 1030)).since(before);
    assertEquals(1000, step.count());
    assertEquals("≤ 0.25", step.quantile(0.50));
    assertEquals("≤ 1", step.quantile(0.99));
    assertEquals("≤ 5", step.quantile(0.999));
    assertEquals("> 5", step.quantile(1.0));
    assertEquals("99.50 %", step.shareWithin("1"));
  }
}
