package dev.ccgate.simulator.replay;

import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Ledger;
import dev.ccgate.kernel.Request;
import dev.ccgate.kernel.Settlement;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.pricing.Usage;
import java.time.Instant;

/**
 * One replayed request: the row, the kernel's decision and settlement, and the usage as logged and
 * as projected. A replay reuses one instance for every request (millions of them), so a {@link
 * TurnSink} must copy what it keeps.
 */
public final class Turn {
  private final Ledger ledger;
  long timeMicros;
  int sessionCode;
  int developerCode;
  String loggedModel;
  Request request;
  Decision decision;
  Settlement settlement;
  Usage logged;
  Usage routed;
  long actualMicros;

  Turn(Ledger ledger) {
    this.ledger = ledger;
  }

  /** Copies this turn's fields into {@code copy} (a turn without a ledger) and returns it. */
  Turn copyInto(Turn copy) {
    copy.timeMicros = timeMicros;
    copy.sessionCode = sessionCode;
    copy.developerCode = developerCode;
    copy.loggedModel = loggedModel;
    copy.request = request;
    copy.decision = decision;
    copy.settlement = settlement;
    copy.logged = logged;
    copy.routed = routed;
    copy.actualMicros = actualMicros;
    return copy;
  }

  /** When the request arrived, epoch microseconds. */
  public long timeMicros() {
    return timeMicros;
  }

  /** When the request arrived. */
  public Instant time() {
    return request.time();
  }

  /** The request as the kernel saw it (its id is "" when the replay did not read request ids). */
  public Request request() {
    return request;
  }

  /** A number for the session, unique within the replay; 0 when the request has none. */
  public int sessionCode() {
    return sessionCode;
  }

  /**
   * A number for the developer as the export names them (before aliases), unique within the replay:
   * a cheap key for per-developer state.
   */
  public int developerCode() {
    return developerCode;
  }

  /** The model the log billed (the served model when a gateway had rewritten it). */
  public String loggedModel() {
    return loggedModel;
  }

  /** The kernel's decision. */
  public Decision decision() {
    return decision;
  }

  /** What settling charged, and the stages it crossed. */
  public Settlement settlement() {
    return settlement;
  }

  /** The usage as logged. */
  public Usage loggedUsage() {
    return logged;
  }

  /** The usage under the policy: the cache projection of the logged usage on the routed model. */
  public Usage routedUsage() {
    return routed;
  }

  /** What the request cost as logged (0 when a gateway had refused it). */
  public long actualMicros() {
    return actualMicros;
  }

  /** What the request costs under the policy (0 when refused). */
  public long projectedMicros() {
    return settlement.costMicros();
  }

  /** Logged cache reads the projection charged as cache writes. */
  public long rewrittenCacheTokens() {
    return logged.cacheReadTokens() - routed.cacheReadTokens();
  }

  /**
   * The spend of {@code id} before this request, as {@code decide} saw it; only on the replay's own
   * thread, while the ledger is where this request left it.
   */
  public long spentBeforeMicros(WalletId id) {
    if (ledger == null) {
      throw new IllegalStateException("wallet spend is only known on the replay's thread");
    }
    long after = ledger.spentAt(id, request.time());
    return decision.action().refuses() ? after : after - settlement.costMicros();
  }
}
