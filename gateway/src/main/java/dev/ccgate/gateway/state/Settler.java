package dev.ccgate.gateway.state;

import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.alert.AlertDispatcher;
import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Settlement;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.pricing.Usage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles a decided request with the kernel and writes its decision-log line (refused requests too,
 * with zero usage), then hands its stage crossings to the alert dispatcher (which never blocks).
 */
public final class Settler {
  /** The {@code source} of every line the gateway writes. */
  public static final String SOURCE = "gateway";

  private static final Logger LOG = LoggerFactory.getLogger(Settler.class);

  private final LedgerGuard ledger;
  private final DecisionLog log;
  private final AlertDispatcher alerts;

  /**
   * A settler charging {@code ledger}, appending to {@code log} and alerting through {@code
   * alerts}.
   */
  public Settler(LedgerGuard ledger, DecisionLog log, AlertDispatcher alerts) {
    this.ledger = ledger;
    this.log = log;
    this.alerts = alerts;
  }

  /** Settles {@code ruling} with {@code usage} and records it; returns the settlement. */
  public Settlement settle(Ruling ruling, Usage usage, boolean estimated) {
    Decision decision = ruling.decision();
    DecisionRecord[] written = new DecisionRecord[1];
    Settlement settlement =
        ledger.settle(
            ruling,
            usage,
            s -> {
              written[0] = DecisionRecord.of(decision, s, usage, estimated, SOURCE);
              log.append(written[0]);
            });
    // Tally first, so the alert's top spenders include the request that crossed the stage.
    alerts.record(written[0]);
    for (StageCrossed c : settlement.crossings()) {
      LOG.info(
          "stage crossed: {} reached {} ({}% of its limit) on {}",
          c.wallet(), c.action().key(), c.percentBasisPoints() / 100.0, c.requestId());
      alerts.publish(c);
    }
    return settlement;
  }
}
