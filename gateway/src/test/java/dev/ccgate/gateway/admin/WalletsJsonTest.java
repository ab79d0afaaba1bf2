package dev.ccgate.gateway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.gateway.state.WalletStatus;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the admin API writes for the wallets is what {@code ccgate status} reads back. */
class WalletsJsonTest {
  private static final Instant RESET = Instant.parse("2026-12-01T05:00:00Z");

  @Test
  void walletsReadBackExactlyToTheMicroDollar() throws IOException {
    List<WalletStatus> wallets =
        List.of(
            new WalletStatus(
                WalletId.team("platform", Period.DAILY), 96_123_457, 100_000_000, 0, RESET),
            new WalletStatus(WalletId.org(Period.MONTHLY), 1, 0, 0, RESET),
            new WalletStatus(
                WalletId.developer("alice@example.com", Period.WEEKLY),
                123_456_789_012L,
                100_000_000_000L,
                11_000,
                RESET));

    List<WalletsJson.Wallet> read = WalletsJson.read(WalletsJson.write(wallets));

    assertEquals(wallets.size(), read.size());
    for (int i = 0; i < wallets.size(); i++) {
      WalletStatus w = wallets.get(i);
      assertEquals(
          new WalletsJson.Wallet(
              w.id().key(), w.spentMicros(), w.limitMicros(), w.percentBasisPoints(), RESET),
          read.get(i));
    }
  }

  @Test
  void unknownFieldsAreSkippedAndAWrongShapeIsAClearError() throws IOException {
    String json =
        "{\"version\":{\"a\":[1]},\"wallets\":[{\"id\":\"org:daily\",\"spent_usd\":0.5,"
            + "\"limit_usd\":2,\"percent\":25.00,\"new_field\":[{}],"
            + "\"reset_at\":\"2026-12-01T05:00:00Z\"}]}";
    assertEquals(
        List.of(new WalletsJson.Wallet("org:daily", 500_000, 2_000_000, 2_500, RESET)),
        WalletsJson.read(json));

    IOException notAList =
        assertThrows(IOException.class, () -> WalletsJson.read("{\"wallets\":3}"));
    assertTrue(notAList.getMessage().contains("wallets is not a list"), notAList.getMessage());
    IOException noReset =
        assertThrows(IOException.class, () -> WalletsJson.read("{\"wallets\":[{\"id\":\"x\"}]}"));
    assertTrue(noReset.getMessage().contains("without id or reset_at"), noReset.getMessage());
    assertThrows(IOException.class, () -> WalletsJson.read("[]"));
  }
}
