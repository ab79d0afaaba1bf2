package dev.ccgate.gateway.admin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ccgate.gateway.state.WalletStatus;
import dev.ccgate.gateway.wire.JsonText;
import dev.ccgate.policy.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code GET /admin/wallets}, written by the gateway and read back by {@code ccgate
 * status}: one class, so the two sides cannot drift apart. Money is exact decimal dollars on the
 * wire and integer micro-dollars on both ends.
 */
public final class WalletsJson {
  private static final JsonFactory JSON = new JsonFactory();

  private WalletsJson() {}

  /** One wallet as the admin API reports it. */
  public record Wallet(
      String id, long spentMicros, long limitMicros, long percentBasisPoints, Instant resetAt) {}

  /** {@code {"wallets": [...]}} for {@code wallets}. */
  static String write(List<WalletStatus> wallets) {
    return JsonText.object(
        g -> {
          g.writeArrayFieldStart("wallets");
          for (WalletStatus w : wallets) {
            g.writeStartObject();
            g.writeStringField("id", w.id().key());
            g.writeNumberField("spent_usd", Money.usd(w.spentMicros()));
            g.writeNumberField("limit_usd", Money.usd(w.limitMicros()));
            g.writeNumberField("percent", BigDecimal.valueOf(w.percentBasisPoints(), 2));
            g.writeNumberField(
                "stage_reached_percent", BigDecimal.valueOf(w.firedUpToBasisPoints(), 2));
            g.writeStringField("reset_at", w.resetAt().toString());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /** The wallets in {@code json}; unknown fields are skipped, a wrong shape is an IOException. */
  public static List<Wallet> read(String json) throws IOException {
    List<Wallet> wallets = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("unexpected answer: not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        JsonToken value = p.nextToken();
        if (!"wallets".equals(p.currentName())) {
          p.skipChildren();
        } else if (value != JsonToken.START_ARRAY) {
          throw new IOException("unexpected answer: wallets is not a list");
        } else {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            wallets.add(wallet(p));
          }
        }
      }
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
      throw new IOException("unexpected answer: " + e.getMessage(), e);
    }
    return wallets;
  }

  private static Wallet wallet(JsonParser p) throws IOException {
    String id = null;
    long spent = 0;
    long limit = 0;
    long percent = 0;
    Instant reset = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> id = p.getValueAsString();
        case "spent_usd" -> spent = scaled(p, 6);
        case "limit_usd" -> limit = scaled(p, 6);
        case "percent" -> percent = scaled(p, 2);
        case "reset_at" -> reset = Instant.parse(p.getValueAsString(""));
        default -> p.skipChildren();
      }
    }
    if (id == null || reset == null) {
      throw new IOException("unexpected answer: a wallet without id or reset_at");
    }
    return new Wallet(id, spent, limit, percent, reset);
  }

  /** A decimal number as an integer count of its {@code 10^-scale} units, exactly. */
  private static long scaled(JsonParser p, int scale) throws IOException {
    return p.getDecimalValue().movePointRight(scale).longValueExact();
  }
}
