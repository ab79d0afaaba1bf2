package dev.ccgate.gateway.admin;

import dev.ccgate.gateway.state.LedgerGuard;
import dev.ccgate.kernel.Kernel;
import dev.ccgate.policy.load.LoadResult;
import dev.ccgate.policy.load.Problem;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the policy: loads and validates it first; a policy with errors is refused and the old one
 * stays; a good one becomes a new kernel swapped in atomically (requests already decided settle
 * under the old one). Shared by {@code POST /admin/reload} and SIGHUP.
 */
public final class PolicyReloader {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyReloader.class);

  private final PolicySource source;
  private final LedgerGuard ledger;

  /** A reloader reading {@code source} into {@code ledger}. */
  public PolicyReloader(PolicySource source, LedgerGuard ledger) {
    this.source = source;
    this.ledger = ledger;
  }

  /** Loads, validates and (when valid) applies the policy. */
  public synchronized ReloadResult reload() {
    LoadResult loaded;
    try {
      loaded = source.load();
    } catch (IOException e) {
      LOG.warn("policy reload refused: {}", e.toString());
      return new ReloadResult(
          false,
          List.of(
              new Problem(
                  Problem.Severity.ERROR, "unreadable", "policy", 0, 0, e.toString(), null)));
    }
    if (!loaded.ok()) {
      LOG.warn("policy reload refused: {} errors; the old policy stays", loaded.errors().size());
      return new ReloadResult(false, loaded.errors());
    }
    ledger.swap(new Kernel(loaded.policy()));
    LOG.info("policy reloaded from {}", loaded.file());
    return new ReloadResult(true, loaded.warnings());
  }
}
