package dev.ccgate.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.Reason;
import dev.ccgate.kernel.ReasonKind;
import dev.ccgate.policy.StageAction;
import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionLogCodecTest {
  private static final DecisionRecord DOWNGRADED =
      new DecisionRecord(
          Instant.parse("2026-11-24T15:42:07.318Z"),
          "req_011CfQ2m8sLk4pZr9vXy1aBc",
          "3f2b8c1e-6a4d-4e0b-9c71-2d5e8a9b1f34",
          "alice@example.com",
          "platform",
          "claude-opus-4-5",
          "claude-sonnet-4-5",
          Action.DOWNGRADE,
          List.of(
              new Reason(
                  ReasonKind.STAGE,
                  "team:platform:daily",
                  null,
                  StageAction.DOWNGRADE,
                  9500,
                  1,
                  9620)),
          new Usage(6, 812, 0, 4210, 118934, Speed.FAST, "us", 2),
          false,
          73731,
          122885,
          "gateway");

  @Test
  void writesTheDocumentedSchemaInAFixedFieldOrder() {
    String line = DecisionLogCodec.write(DOWNGRADED);
    assertTrue(
        line.startsWith(
            "{\"time\":\"2026-11-24T15:42:07.318Z\",\"request_id\":\"req_011CfQ2m8sLk4pZr9vXy1aBc\""),
        line);
    assertTrue(line.contains("\"cost_usd\":0.073731,\"original_cost_usd\":0.122885"), line);
    assertTrue(line.contains("\"percent\":96.20"), line);
    assertFalse(line.contains("\n"));
  }

  @Test
  void theByteLineIsTheStringLineInUtf8WithItsNewline() {
    DecisionRecord accented =
        new DecisionRecord(
            DOWNGRADED.time(),
            DOWNGRADED.requestId(),
            DOWNGRADED.sessionId(),
            "josé.müller@example.com",
            "platform \"core\"",
            DOWNGRADED.originalModel(),
            DOWNGRADED.routedModel(),
            DOWNGRADED.action(),
            DOWNGRADED.reasons(),
            DOWNGRADED.usage(),
            true,
            DOWNGRADED.costMicros(),
            DOWNGRADED.originalCostMicros(),
            DOWNGRADED.source());
    for (DecisionRecord r : List.of(DOWNGRADED, accented)) {
      assertEquals(
          DecisionLogCodec.write(r) + "\n",
          new String(DecisionLogCodec.line(r), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void readsBackWhatItWrote() {
    String line = DecisionLogCodec.write(DOWNGRADED);
    DecisionRecord back = DecisionLogCodec.read(line);
    assertEquals(DOWNGRADED, back);
    assertEquals(line, DecisionLogCodec.write(back));
  }

  @Test
  void rejectsMalformedLinesWithAReason() {
    IllegalArgumentException notJson =
        assertThrows(IllegalArgumentException.class, () -> DecisionLogCodec.read("{\"time\":"));
    assertTrue(notJson.getMessage().startsWith("not JSON"));
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> DecisionLogCodec.read("{\"time\":\"2026-11-24T15:42:07Z\"}"));
    assertEquals("missing field 'request_id'", missing.getMessage());
  }

  @Test
  void aWalletAdjustmentRoundTripsAndIsNeverTakenForADecision() {
    WalletAdjustment credit =
        new WalletAdjustment(
            Instant.parse("2026-11-24T16:00:00Z"),
            "team:platform:daily",
            WalletAdjustment.Kind.CREDIT,
            50_000_000,
            12_345_678,
            "admin");
    String line = DecisionLogCodec.write(credit);
    assertEquals(
        "{\"time\":\"2026-11-24T16:00:00Z\",\"adjustment\":\"credit\","
            + "\"wallet\":\"team:platform:daily\",\"usd\":50.000000,\"spent_usd\":12.345678,"
            + "\"source\":\"admin\"}",
        line);
    LogLine read = DecisionLogCodec.readLine(line);
    assertTrue(read.isAdjustment());
    assertEquals(credit, read.adjustment());
    assertThrows(IllegalArgumentException.class, () -> DecisionLogCodec.read(line));
    assertEquals(
        DOWNGRADED, DecisionLogCodec.readLine(DecisionLogCodec.write(DOWNGRADED)).decision());
    assertEquals(30, credit.applyTo(50_000_030));
    assertEquals(0, credit.applyTo(49_000_000), "never below zero");
  }
}
