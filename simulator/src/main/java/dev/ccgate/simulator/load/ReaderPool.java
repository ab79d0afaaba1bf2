package dev.ccgate.simulator.load;

import dev.ccgate.simulator.reader.Readers;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * What the two ways of reading traces share ({@link TraceLoader} into DuckDB, and the in-memory
 * report): reading the files on daemon threads and handing their results over in file order, with
 * the rejection rules, and the count of files per format for the report header.
 */
public final class ReaderPool {
  private ReaderPool() {}

  /**
   * {@code threads} reader threads. Daemons, so that a failure that leaves files unread never keeps
   * the JVM alive.
   */
  private static ExecutorService start(int threads) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "ccgate-reader");
          t.setDaemon(true);
          return t;
        });
  }

  /** The result of {@code f}, rethrowing the reader's {@link IOException} or runtime exception. */
  private static <T> T await(Future<T> f) throws IOException {
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

  /** What the caller does with each file's result, in file order. */
  @FunctionalInterface
  public interface ResultHandler<R, E extends Exception> {
    /** Takes one file's result; the next file's is handed over only after this returns. */
    void accept(FileResult<R> result) throws E;
  }

  /**
   * Reads {@code files} on {@code threads} threads (at most two files per thread ahead of the one
   * being handed over) and hands each file's result to {@code handler} in file order. {@code
   * resultFor} makes the empty result of the file at an index, on the calling thread. A rejection
   * fails the load under {@code --strict}; otherwise the first {@link LoadReport#SHOWN_REJECTIONS}
   * are added to {@code shown}. Progress advances by one file per result.
   */
  public static <R, E extends Exception> void readInOrder(
      List<TraceFile> files,
      int threads,
      LoadOptions options,
      IntFunction<FileResult<R>> resultFor,
      List<Rejection> shown,
      ResultHandler<R, E> handler)
      throws IOException, E {
    Readers readers = new Readers();
    ExecutorService pool = start(threads);
    try {
      Deque<Future<FileResult<R>>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !inFlight.isEmpty()) {
        while (next < files.size() && inFlight.size() < threads * 2) {
          FileResult<R> empty = resultFor.apply(next++);
          inFlight.add(
              pool.submit(
                  () -> {
                    readers.of(empty.file().format()).read(empty.file(), empty);
                    return empty;
                  }));
        }
        FileResult<R> r = await(inFlight.removeFirst());
        for (Rejection rejection : r.rejections()) {
          if (options.strict()) {
            throw new BadTraceException(rejection);
          }
          if (shown.size() < LoadReport.SHOWN_REJECTIONS) {
            shown.add(rejection);
          }
        }
        handler.accept(r);
        options.progress().advance(1, r.file().size(), r.rowCount());
      }
    } finally {
      pool.shutdownNow();
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
