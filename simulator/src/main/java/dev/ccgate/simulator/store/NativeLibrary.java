package dev.ccgate.simulator.store;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.duckdb.DuckDBDriver;

/**
 * Finds DuckDB's JNI library where the driver will look for it, before the driver is asked to load
 * it: in the jar that holds the driver, beside that jar (where ccgate's build puts it), or on
 * {@code java.library.path}. The driver, when it finds none, prints stack traces and fails with a
 * class initialisation error; ccgate says instead which file is missing and where it belongs.
 */
final class NativeLibrary {
  private NativeLibrary() {}

  private static volatile Boolean present;

  /** Fails with a message a user can act on when the driver would not find its library. */
  static void check() {
    if (present()) {
      return;
    }
    String name = fileName(System.getProperty("os.name"), System.getProperty("os.arch"));
    Path dir = driverDirectory();
    throw new MissingLibraryException(
        "DuckDB's native library "
            + name
            + " is not beside "
            + (dir == null ? "the jar" : dir.toString())
            + ": the build writes the libduckdb_java.so_* files next to ccgate.jar"
            + " (cli/target/); copy them along with the jar");
  }

  /** True when the driver will find its library (checked once). */
  static boolean present() {
    Boolean p = present;
    if (p == null) {
      String name = fileName(System.getProperty("os.name"), System.getProperty("os.arch"));
      p =
          found(
              name,
              resource -> DuckDBDriver.class.getResource("/" + resource) != null,
              driverDirectory(),
              libraryPath());
      present = p;
    }
    return p;
  }

  /**
   * True when {@code name} is a resource of the driver's jar, a file in {@code driverDirectory}, or
   * the driver's library under its system name in a {@code libraryPath} directory.
   */
  static boolean found(
      String name, Predicate<String> inJar, Path driverDirectory, List<Path> libraryPath) {
    if (inJar.test(name)) {
      return true;
    }
    if (driverDirectory != null && Files.isRegularFile(driverDirectory.resolve(name))) {
      return true;
    }
    String system = System.mapLibraryName("duckdb_java");
    for (Path dir : libraryPath) {
      if (Files.isRegularFile(dir.resolve(system))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name the driver (duckdb_jdbc 2.0) gives its library for a platform, e.g. {@code
   * libduckdb_java.so_linux_amd64}.
   */
  static String fileName(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT).strip();
    String arch = osArch.toLowerCase(Locale.ROOT).strip();
    String o =
        os.startsWith("windows")
            ? "windows"
            : os.startsWith("mac") ? "macos" : os.startsWith("linux") ? "linux" : clean(os);
    String a =
        switch (arch) {
          case "x86_64", "amd64" -> "amd64";
          case "aarch64", "arm64" -> "arm64";
          default -> clean(arch);
        };
    return "libduckdb_java.so_" + o + "_" + a;
  }

  private static String clean(String s) {
    return s.replaceAll("[^a-z0-9_\\-.]", "");
  }

  private static Path driverDirectory() {
    try {
      CodeSource source = DuckDBDriver.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return null;
      }
      Path jar = Path.of(source.getLocation().toURI());
      return Files.isDirectory(jar) ? jar : jar.getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static List<Path> libraryPath() {
    List<Path> out = new ArrayList<>();
    String p = System.getProperty("java.library.path", "");
    for (String entry : p.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        try {
          out.add(Path.of(entry));
        } catch (RuntimeException e) {
          // not a path: the driver cannot use it either
        }
      }
    }
    return out;
  }
}
