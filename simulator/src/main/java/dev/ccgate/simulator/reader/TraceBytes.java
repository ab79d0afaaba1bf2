package dev.ccgate.simulator.reader;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of a trace file, gunzipped when its name ends in {@code .gz}. Readers only ever see the
 * plain bytes, so line numbers, format detection and rejections are those of the uncompressed file
 * while messages keep the {@code .gz} name.
 */
final class TraceBytes {
  private static final String GZ = ".gz";

  private TraceBytes() {}

  /** True when {@code fileName} ends in {@code .gz} (any case). */
  static boolean gzipped(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(GZ);
  }

  /** {@code fileName} without a trailing {@code .gz}: {@code s.jsonl.gz} is {@code s.jsonl}. */
  static String plainName(String fileName) {
    return gzipped(fileName) ? fileName.substring(0, fileName.length() - GZ.length()) : fileName;
  }

  /** The whole (uncompressed) content of {@code file}. */
  static byte[] readAll(Path file) throws IOException {
    if (!gzipped(file.getFileName().toString())) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    } catch (ZipException | EOFException e) {
      throw broken(file, e);
    }
  }

  /** At most {@code max} first (uncompressed) bytes of {@code file}. */
  static byte[] head(Path file, int max) throws IOException {
    try (InputStream in = open(file)) {
      return in.readNBytes(max);
    } catch (ZipException | EOFException e) {
      throw broken(file, e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    if (!gzipped(file.getFileName().toString())) {
      return raw;
    }
    try {
      // GZIPInputStream reads concatenated members too (what `cat a.gz b.gz` or pigz produce).
      return new GZIPInputStream(raw, 64 * 1024);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static IOException broken(Path file, IOException e) {
    String why = e instanceof EOFException ? "truncated" : e.getMessage();
    return new IOException(file + ": not a readable gzip file (" + why + ")", e);
  }
}
