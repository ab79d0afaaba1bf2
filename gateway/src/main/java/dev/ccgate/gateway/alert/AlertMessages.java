package dev.ccgate.gateway.alert;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccgate.gateway.alert.SpendTally.Spender;
import dev.ccgate.gateway.wire.JsonText;
import dev.ccgate.kernel.Percent;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.policy.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The bodies of an alert: Slack text, the webhook event and the log line. Never prompt text. */
public final class AlertMessages {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

  private AlertMessages() {}

  /**
   * The readable text: wallet, stage, percent, spend and limit, who crossed it, the reset in the
   * policy's zone, and the period's top spenders.
   */
  public static String text(StageCrossed c, ZoneId zone, List<Spender> top) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "ccgate: wallet %s reached its %s %s stage: %s of %s spent (%s). Crossed by %s%s."
                + " Resets %s.",
            c.wallet().key(),
            Percent.format(c.atBasisPoints()),
            c.action().key(),
            Percent.format(c.percentBasisPoints()),
            Money.format(c.limitMicros()),
            Money.format(c.spentMicros()),
            c.developer() == null ? "unknown" : c.developer(),
            c.team() == null ? "" : " (team " + c.team() + ")",
            LOCAL.format(c.resetAt().atZone(zone))));
    if (!top.isEmpty()) {
      b.append(" Top spenders this period: ");
      for (int i = 0; i < top.size(); i++) {
        b.append(i == 0 ? "" : ", ")
            .append(top.get(i).developer())
            .append(' ')
            .append(Money.format(top.get(i).spentMicros()));
      }
      b.append('.');
    }
    return b.toString();
  }

  /** Slack incoming-webhook JSON: {@code {"text": …}}. */
  public static String slack(StageCrossed c, ZoneId zone, List<Spender> top) {
    return JsonText.object(
        g -> {
          g.writeStringField("text", text(c, zone, top));
        });
  }

  /** The generic webhook event: the StageCrossed fields, money in exact dollars. */
  public static String webhook(StageCrossed c, ZoneId zone, List<Spender> top) {
    return JsonText.object(
        g -> {
          g.writeStringField("type", "stage_crossed");
          g.writeStringField("time", c.time().toString());
          g.writeStringField("wallet", c.wallet().key());
          g.writeStringField("action", c.action().key());
          g.writeNumberField("at_percent", BigDecimal.valueOf(c.atBasisPoints(), 2));
          g.writeNumberField("percent", BigDecimal.valueOf(c.percentBasisPoints(), 2));
          g.writeNumberField("spent_usd", Money.usd(c.spentMicros()));
          g.writeNumberField("limit_usd", Money.usd(c.limitMicros()));
          g.writeStringField("reset_at", c.resetAt().toString());
          g.writeStringField("timezone", zone.getId());
          writeNullable(g, "developer", c.developer());
          writeNullable(g, "team", c.team());
          writeNullable(g, "request_id", c.requestId());
          writeNullable(g, "channel", c.channel());
          g.writeArrayFieldStart("top_spenders");
          for (Spender s : top) {
            g.writeStartObject();
            g.writeStringField("developer", s.developer());
            g.writeNumberField("spent_usd", Money.usd(s.spentMicros()));
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  private static void writeNullable(JsonGenerator g, String name, String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }
}
