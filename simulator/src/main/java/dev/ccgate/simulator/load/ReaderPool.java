package dev.ccgate.simulator.load;

import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the two ways of reading traces share ({@link TraceLoader} into DuckDB, and the in-memory
 * report): a pool of daemon reader threads, waiting for one file's result with the reader's own
 * exception, and the count of files per format for the report header.
 */
public final class ReaderPool {
  private ReaderPool() {}

  /**
   * {@code threads} reader threads. Daemons, so that a failure that leaves files unread never keeps
   * the JVM alive.
   */
  public static ExecutorService start(int threads) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "ccgate-reader");
          t.setDaemon(true);
          return t;
        });
  }

  /** The result of {@code f}, rethrowing the reader's {@link IOException} or runtime exception. */
  public static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** How many of {@code files} are of each format, in the formats' declared order. */
  public static Map<String, Long> filesByFormat(List<TraceFile> files) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (TraceFormat f : TraceFormat.values()) {
      long n = files.stream().filter(file -> file.format() == f).count();
      if (n > 0) {
        out.put(f.id(), n);
      }
    }
    return out;
  }
}
