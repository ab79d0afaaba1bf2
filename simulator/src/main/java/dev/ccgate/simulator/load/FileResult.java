package dev.ccgate.simulator.load;

import dev.ccgate.simulator.trace.RowSink;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Everything one reader found in one file: its rows (kept in {@code R}, which the caller chooses: a
 * list in memory, or rows staged for DuckDB), its rejections and its line count.
 */
public final class FileResult<R> implements RowSink {
  private final TraceFile file;
  private final R rows;
  private final BiConsumer<R, TraceRow> add;
  private final List<Rejection> rejections = new ArrayList<>();
  private long lines;
  private long rowCount;

  /** A result for {@code file} whose rows go into {@code rows} through {@code add}. */
  public FileResult(TraceFile file, R rows, BiConsumer<R, TraceRow> add) {
    this.file = file;
    this.rows = rows;
    this.add = add;
  }

  @Override
  public void row(TraceRow row) {
    add.accept(rows, row);
    rowCount++;
  }

  @Override
  public void reject(long line, String reason) {
    rejections.add(new Rejection(file.name(), line, reason));
  }

  @Override
  public void linesRead(long count) {
    lines += count;
  }

  public TraceFile file() {
    return file;
  }

  public R rows() {
    return rows;
  }

  public long rowCount() {
    return rowCount;
  }

  public List<Rejection> rejections() {
    return rejections;
  }

  public long lines() {
    return lines;
  }
}
