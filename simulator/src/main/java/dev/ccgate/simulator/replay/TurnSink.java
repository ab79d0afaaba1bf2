package dev.ccgate.simulator.replay;

import java.io.IOException;

/** Receives every replayed request in replay order: aggregators, the decision log, explain. */
public interface TurnSink {
  /** One settled request; {@code turn} is reused, so read what you keep before returning. */
  void accept(Turn turn) throws IOException;
}
