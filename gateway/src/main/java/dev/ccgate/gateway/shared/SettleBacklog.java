package dev.ccgate.gateway.shared;

import java.util.ArrayDeque;

/**
 * Costs settled while Redis could not be reached, waiting to be added (oldest first). Bounded: past
 * the limit the oldest is dropped and counted, so an outage of any length cannot exhaust memory.
 * Thread-safe.
 */
final class SettleBacklog {
  /** One ADD script call: its keys and arguments, ready to send. */
  record Entry(String[] keys, String[] args) {}

  private final int limit;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private long dropped;

  SettleBacklog(int limit) {
    this.limit = limit;
  }

  /** Keeps {@code e}; true when that dropped the oldest entry. */
  synchronized boolean offer(Entry e) {
    boolean full = entries.size() >= limit;
    if (full) {
      entries.pollFirst();
      dropped++;
    }
    entries.addLast(e);
    return full;
  }

  synchronized Entry peek() {
    return entries.peekFirst();
  }

  /** Removes {@code e} if it is still the oldest (it was just added to Redis). */
  synchronized void remove(Entry e) {
    if (entries.peekFirst() == e) {
      entries.pollFirst();
    }
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized long dropped() {
    return dropped;
  }
}
