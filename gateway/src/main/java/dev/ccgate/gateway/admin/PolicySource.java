package dev.ccgate.gateway.admin;

import dev.ccgate.policy.load.LoadResult;
import java.io.IOException;

/** Where a reload reads the policy from (the file {@code serve} was started with). */
@FunctionalInterface
public interface PolicySource {
  /** Loads and validates the policy afresh. */
  LoadResult load() throws IOException;
}
