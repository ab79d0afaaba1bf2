package dev.ccgate.cli;

import dev.ccgate.gateway.Gateway;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * SIGHUP reloads the policy, as {@code POST /admin/reload} does. The JDK has no supported signal
 * API; {@code sun.misc.Signal} (module {@code jdk.unsupported}) is the one every JVM ships, so it
 * is used here and only here. Where it is missing (not a POSIX JVM) the admin call still works.
 */
final class ReloadSignal {
  private ReloadSignal() {}

  /** Reloads {@code gateway}'s policy on every SIGHUP; reports the outcome on stderr. */
  @SuppressWarnings("sunapi") // deliberate: see the class comment
  static void install(Gateway gateway) {
    try {
      sun.misc.Signal.handle(
          new sun.misc.Signal("HUP"),
          signal ->
              gateway
                  .reload()
                  .ifPresent(
                      r -> {
                        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
                        err.println(
                            r.applied()
                                ? "ccgate: SIGHUP: policy reloaded"
                                : "ccgate: SIGHUP: policy refused ("
                                    + r.problems().size()
                                    + " problems); the old one stays");
                      }));
    } catch (IllegalArgumentException e) {
      // No SIGHUP on this platform: reload through the admin API instead.
    }
  }
}
