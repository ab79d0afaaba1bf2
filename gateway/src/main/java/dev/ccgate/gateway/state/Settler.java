package dev.ccgate.gateway.state;

import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Settlement;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.pricing.Usage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles a decided request with the kernel and writes its decision-log line (refused requests too,
 * with zero usage). Stage crossings are logged; delivering them as alerts is not built yet.
 */
public final class Settler {
  /** The {@code source} of every line the gateway writes. */
  public static final String SOURCE = "gateway";

  private static final Logger LOG = LoggerFactory.getLogger(Settler.class);

  private final LedgerGuard ledger;
  private final DecisionLog log;

  /** A settler charging {@code ledger} and appending to {@code log}. */
  public Settler(LedgerGuard ledger, DecisionLog log) {
    this.ledger = ledger;
    this.log = log;
  }

  /** Settles {@code decision} with {@code usage} and records it; returns the settlement. */
  public Settlement settle(Decision decision, Usage usage, boolean estimated) {
    Settlement settlement =
        ledger.settle(
            decision,
            usage,
            s -> log.append(DecisionRecord.of(decision, s, usage, estimated, SOURCE)));
    for (StageCrossed c : settlement.crossings()) {
      LOG.info(
          "stage crossed: {} reached {} ({}% of its limit) on {}",
          c.wallet(), c.action().key(), c.percentBasisPoints() / 100.0, c.requestId());
    }
    return settlement;
  }
}
