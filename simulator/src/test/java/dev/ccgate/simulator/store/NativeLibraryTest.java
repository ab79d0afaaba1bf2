package dev.ccgate.simulator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where DuckDB's driver finds its JNI library, checked before the driver is asked to load it. */
class NativeLibraryTest {
  @TempDir Path dir;

  @Test
  void theFileNameIsTheDriversForEachPlatform() {
    assertEquals("libduckdb_java.so_linux_amd64", NativeLibrary.fileName("Linux", "amd64"));
    assertEquals("libduckdb_java.so_linux_arm64", NativeLibrary.fileName("Linux", "aarch64"));
    assertEquals("libduckdb_java.so_macos_arm64", NativeLibrary.fileName("Mac OS X", "aarch64"));
    assertEquals("libduckdb_java.so_windows_amd64", NativeLibrary.fileName("Windows 11", "x86_64"));
  }

  @Test
  void itIsFoundInTheJarBesideItOrOnTheLibraryPathAndNowhereElse() throws Exception {
    String name = "libduckdb_java.so_linux_amd64";
    Path beside = Files.createDirectories(dir.resolve("beside"));
    Path libs = Files.createDirectories(dir.resolve("libs"));
    assertFalse(NativeLibrary.found(name, r -> false, beside, List.of(libs)));
    assertTrue(NativeLibrary.found(name, name::equals, beside, List.of(libs)), "in the jar");
    Files.writeString(beside.resolve(name), "");
    assertTrue(NativeLibrary.found(name, r -> false, beside, List.of()), "beside the jar");
    Files.writeString(libs.resolve(System.mapLibraryName("duckdb_java")), "");
    assertTrue(NativeLibrary.found(name, r -> false, null, List.of(libs)), "library path");
  }

  @Test
  void theBuildsOwnClasspathHasIt() {
    // Tests run against the driver jar from the repository, which carries its libraries inside.
    assertTrue(NativeLibrary.present());
  }
}
