package dev.ccgate.simulator.trace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file and what is known about it before it is read.
 *
 * @param path where to read it
 * @param name its path relative to the traces root, with {@code /} separators (what reports and the
 *     {@code source_file} column show)
 * @param format the detected or forced format
 * @param developer the developer the file's location names (the first folder under the traces root,
 *     or {@code --developer}), or null; used by formats that carry no identity
 */
public record TraceFile(
    Path path, String name, long size, long modifiedMillis, TraceFormat format, String developer) {

  /** Validates the file description. */
  public TraceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
  }

  /** True when the file sits in a {@code subagents/} folder (Claude Code sidechain files). */
  public boolean inSubagentsFolder() {
    return name.contains("/subagents/") || name.startsWith("subagents/");
  }
}
