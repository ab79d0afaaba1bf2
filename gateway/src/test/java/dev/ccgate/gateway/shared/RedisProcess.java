package dev.ccgate.gateway.shared;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} on a free loopback port, without persistence, started and stopped by
 * the test (never a system service). Needs {@code redis-server} on the PATH (CI installs it).
 */
public final class RedisProcess implements AutoCloseable {
  private final int port;
  private final Path log;
  private Process process;

  private RedisProcess(int port, Path log) {
    this.port = port;
    this.log = log;
  }

  /** Starts a server on a free port, logging to a file in {@code dir}. */
  public static RedisProcess start(Path dir) throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    RedisProcess redis = new RedisProcess(port, dir.resolve("redis-" + port + ".log"));
    redis.startAgain();
    return redis;
  }

  /** Starts the server again on the same port (after {@link #stop}): empty, as after a crash. */
  void startAgain() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            "redis-server",
            "--port",
            Integer.toString(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no");
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new IOException(
          "these tests need redis-server on the PATH (apt-get install redis-server)", e);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("redis-server exited; see " + log);
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(20);
      }
    }
    process.destroyForcibly().waitFor(); // a server that never listened must not outlive the test
    throw new IllegalStateException("redis-server did not listen on " + port + "; see " + log);
  }

  /** Stops the server (SIGTERM, then SIGKILL), as an outage. */
  void stop() throws Exception {
    if (process == null) {
      return;
    }
    signal("CONT"); // a frozen server cannot act on SIGTERM
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    process = null;
  }

  /** Freezes the server (SIGSTOP): connections stay open and nothing answers, as in a hang. */
  void freeze() throws Exception {
    signal("STOP");
  }

  /** Lets a frozen server go on (SIGCONT); it then answers what it had received. */
  void thaw() throws Exception {
    signal("CONT");
  }

  private void signal(String name) throws Exception {
    // bash's builtin kill: the JDK cannot send SIGSTOP, and /usr/bin/kill may not be installed.
    Process kill = new ProcessBuilder("bash", "-c", "kill -" + name + " " + process.pid()).start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -" + name + " failed");
    }
  }

  /** {@code redis://127.0.0.1:<port>/0}. */
  public String url() {
    return "redis://127.0.0.1:" + port + "/0";
  }

  int port() {
    return port;
  }

  @Override
  public void close() throws Exception {
    stop();
  }
}
