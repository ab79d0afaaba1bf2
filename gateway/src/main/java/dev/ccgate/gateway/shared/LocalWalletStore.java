package dev.ccgate.gateway.shared;

import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.kernel.WalletId;
import java.time.Instant;
import java.util.List;

/** The embedded default: nothing is shared; the gateway's own ledger is the whole truth. */
final class LocalWalletStore implements WalletStore {
  static final LocalWalletStore INSTANCE = new LocalWalletStore();

  private LocalWalletStore() {}

  @Override
  public boolean shared() {
    return false;
  }

  @Override
  public long[] read(List<WalletId> ids, PeriodCalendar calendar, Instant t) {
    return null;
  }

  @Override
  public long[] add(
      String requestId, List<WalletId> ids, PeriodCalendar calendar, Instant t, long costMicros) {
    return null;
  }

  @Override
  public List<StageCrossed> claim(List<StageCrossed> reached, PeriodCalendar calendar) {
    return reached;
  }

  @Override
  public long adjust(WalletId id, PeriodCalendar calendar, Instant t, long creditMicros) {
    return -1;
  }

  @Override
  public StoreStatus status() {
    return StoreStatus.LOCAL;
  }

  @Override
  public void close() {}
}
