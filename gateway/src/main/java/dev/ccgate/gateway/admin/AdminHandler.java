package dev.ccgate.gateway.admin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ccgate.decision.WalletAdjustment;
import dev.ccgate.gateway.shared.StoreUnavailableException;
import dev.ccgate.gateway.state.LedgerGuard;
import dev.ccgate.gateway.state.WalletStatus;
import dev.ccgate.gateway.wire.ApiError;
import dev.ccgate.gateway.wire.JsonText;
import dev.ccgate.policy.load.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API: {@code GET /admin/wallets}, {@code POST /admin/reload}, {@code POST
 * /admin/wallets/{id}/credit} and {@code …/reset}, {@code GET /admin/decisions?limit=N}. Every call
 * needs {@code Authorization: Bearer <token>}, compared in constant time.
 */
public final class AdminHandler {
  private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);
  private static final JsonFactory JSON = new JsonFactory();
  private static final String WALLETS = "/admin/wallets/";

  private final byte[] tokenDigest;
  private final LedgerGuard ledger;
  private final LedgerGuard.AdjustmentRecorder recorder;
  private final PolicyReloader reloader;
  private final RecentDecisions decisions;
  private final Clock clock;

  /**
   * The API for {@code token} (non-null) over {@code ledger}, recording credits and resets with
   * {@code recorder} (the decision log); {@code reloader} may be null.
   */
  public AdminHandler(
      String token,
      LedgerGuard ledger,
      LedgerGuard.AdjustmentRecorder recorder,
      PolicyReloader reloader,
      Path stateDir,
      Clock clock) {
    this.tokenDigest = sha256(token);
    this.ledger = ledger;
    this.recorder = recorder;
    this.reloader = reloader;
    this.decisions = new RecentDecisions(stateDir);
    this.clock = clock;
  }

  /**
   * Answers {@code method} on {@code path}; {@code body} is read only for credit.
   *
   * @param authorization the request's {@code Authorization} header, or null
   */
  public AdminReply handle(
      String method, String path, String query, String authorization, BodySource body)
      throws IOException {
    if (!authorized(authorization)) {
      return AdminReply.error(
          ApiError.authentication("Missing or wrong admin token (Authorization: Bearer …)."));
    }
    if ("GET".equals(method) && "/admin/wallets".equals(path)) {
      return AdminReply.ok(WalletsJson.write(ledger.wallets(clock.instant())));
    }
    if ("GET".equals(method) && "/admin/decisions".equals(path)) {
      return AdminReply.ok(decisions.json(limit(query)));
    }
    if ("POST".equals(method) && "/admin/reload".equals(path) && reloader != null) {
      ReloadResult r = reloader.reload();
      return AdminReply.json(r.applied() ? 200 : 422, reload(r));
    }
    if ("POST".equals(method) && path.startsWith(WALLETS)) {
      return walletAction(path.substring(WALLETS.length()), body);
    }
    return AdminReply.error(ApiError.notFound());
  }

  /** The request body, read on demand. */
  @FunctionalInterface
  public interface BodySource {
    /** The body as UTF-8 text. */
    String read() throws IOException;
  }

  private boolean authorized(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    // Digests of equal length, compared in constant time: neither content nor length leaks.
    return MessageDigest.isEqual(tokenDigest, sha256(authorization.substring(7).trim()));
  }

  private AdminReply walletAction(String rest, BodySource body) throws IOException {
    int slash = rest.lastIndexOf('/');
    if (slash < 0) {
      return AdminReply.error(ApiError.notFound());
    }
    String id = rest.substring(0, slash);
    String verb = rest.substring(slash + 1);
    Instant now = clock.instant();
    Optional<WalletStatus> wallet =
        ledger.wallets(now).stream().filter(w -> w.id().key().equals(id)).findFirst();
    if (wallet.isEmpty() || !("credit".equals(verb) || "reset".equals(verb))) {
      return AdminReply.error(ApiError.notFound());
    }
    long credit = 0;
    if ("credit".equals(verb)) {
      try {
        credit = usdMicros(body.read());
      } catch (IllegalArgumentException e) {
        return AdminReply.error(ApiError.invalidRequest(e.getMessage()));
      }
    }
    WalletAdjustment.Kind kind =
        "credit".equals(verb) ? WalletAdjustment.Kind.CREDIT : WalletAdjustment.Kind.RESET;
    try {
      ledger.adjust(wallet.get().id(), now, kind, credit, recorder);
    } catch (StoreUnavailableException e) {
      // With --redis the spend lives in Redis: changing one instance only would not hold.
      return AdminReply.error(
          new ApiError(
              503,
              "api_error",
              "The shared wallet store (Redis) is unavailable; nothing was changed. Try again.",
              false));
    } catch (IOException e) {
      // Not recorded, so not applied: an acknowledged credit must survive a restart.
      LOG.error("admin {} of {}: cannot record it in the decision log: {}", verb, id, e.toString());
      return AdminReply.error(
          new ApiError(
              500,
              "api_error",
              "The " + verb + " could not be recorded in the decision log; nothing changed.",
              false));
    }
    WalletStatus after =
        ledger.wallets(now).stream().filter(w -> w.id().key().equals(id)).findFirst().orElseThrow();
    return AdminReply.ok(WalletsJson.write(List.of(after)));
  }

  /** {@code {"usd": "50.00"}} (a string or a number) as micro-dollars; positive. */
  static long usdMicros(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("expected {\"usd\": \"50.00\"}");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if ("usd".equals(name)) {
          BigDecimal usd = new BigDecimal(p.getValueAsString("").trim());
          if (usd.signum() <= 0 || usd.scale() > 6) {
            throw new IllegalArgumentException("usd must be positive, at most 6 decimals");
          }
          return usd.movePointRight(6).longValueExact();
        }
        p.skipChildren();
      }
      throw new IllegalArgumentException("expected {\"usd\": \"50.00\"}");
    } catch (IOException | ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("expected {\"usd\": \"50.00\"}", e);
    }
  }

  private static int limit(String query) {
    int limit = 50;
    if (query != null) {
      for (String part : query.split("&")) {
        if (part.startsWith("limit=")) {
          try {
            limit = Integer.parseInt(part.substring(6));
          } catch (NumberFormatException e) {
            limit = 50;
          }
        }
      }
    }
    return Math.max(1, Math.min(limit, 1000));
  }

  private static String reload(ReloadResult r) {
    return JsonText.object(
        g -> {
          g.writeBooleanField("applied", r.applied());
          g.writeArrayFieldStart("problems");
          for (Problem p : r.problems()) {
            g.writeStartObject();
            g.writeStringField("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("code", p.code());
            g.writeStringField("file", p.file());
            g.writeNumberField("line", p.line());
            g.writeNumberField("column", p.column());
            g.writeStringField("message", p.message());
            if (p.hint() != null) {
              g.writeStringField("hint", p.hint());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
