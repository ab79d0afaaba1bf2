package dev.ccgate.gateway.shared;

/**
 * A wallet store's health, for {@code /metrics}.
 *
 * @param shared false for the embedded store (the other fields are then 0)
 * @param up whether the last call to the shared store succeeded
 * @param failures calls that failed or timed out since start (each answered from the local ledger)
 * @param backlog settled costs waiting to be added to the shared store
 * @param dropped settled costs given up because the backlog was full
 */
public record StoreStatus(boolean shared, boolean up, long failures, long backlog, long dropped) {
  /** The embedded store's status. */
  public static final StoreStatus LOCAL = new StoreStatus(false, true, 0, 0, 0);
}
