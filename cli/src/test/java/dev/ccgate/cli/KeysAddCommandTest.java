package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.gateway.identity.KeyHash;
import dev.ccgate.gateway.identity.KeysFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccgate keys add}, run through {@link Main#run} as a user would. */
class KeysAddCommandTest {
  @TempDir Path dir;

  @Test
  void printsANewKeyOnceAndStoresOnlyItsHash() throws Exception {
    Path keys = dir.resolve("keys.yaml");
    CliRun first =
        CliRun.of(
            "keys", "add", "alice@example.com", "--keys", keys.toString(), "--team", "platform");
    assertEquals(0, first.code(), first.err());
    String key = first.out().strip();
    assertTrue(key.matches("sk-ccgate-[A-Za-z0-9_-]{40}"), key);
    String stored = Files.readString(keys);
    assertFalse(stored.contains(key));
    assertTrue(stored.contains(KeyHash.of(key).toString()));
    assertTrue(first.err().contains("copy it now"));

    CliRun second = CliRun.of("keys", "add", "alice@example.com", "--keys", keys.toString());
    assertEquals(0, second.code(), second.err());
    var entry = KeysFile.load(keys).developers().get("alice@example.com");
    assertEquals(2, entry.keys().size());
    assertEquals("platform", entry.team());
  }

  @Test
  void keysWithoutASubcommandShowsUsage() {
    assertEquals(ExitCode.USAGE, CliRun.of("keys").code());
  }
}
