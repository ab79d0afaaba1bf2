package dev.ccgate.simulator.load;

import dev.ccgate.simulator.store.RequestStore;
import java.sql.SQLException;

/** A loaded database and the account of how it was loaded. Closing it closes the database. */
public record LoadedTraces(RequestStore store, LoadReport report) implements AutoCloseable {
  @Override
  public void close() throws SQLException {
    store.close();
  }
}
