package dev.ccgate.simulator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a report goes: the file {@code --out} names (its folders created), else standard out. */
final class ReportOutput {
  private ReportOutput() {}

  /** Something that writes a report. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  /** Writes {@code body} to {@code file}, or to {@code stdout} (flushed) when it is null. */
  static void write(Path file, Writer stdout, Body body) throws IOException {
    if (file == null) {
      body.write(stdout);
      stdout.flush();
      return;
    }
    Path abs = file.toAbsolutePath();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(w);
    }
  }
}
