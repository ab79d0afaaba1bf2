package dev.ccgate.gateway.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysFileTest {
  @TempDir Path dir;

  @Test
  void addStoresOnlyTheHashAndTheRingFindsTheDeveloper() throws Exception {
    Path file = dir.resolve("keys.yaml");
    KeysFile.NewKey alice =
        KeysFile.load(file).add("alice@example.com", "platform", new SecureRandom());
    alice.file().save(file);
    KeysFile.NewKey bob = KeysFile.load(file).add("bob@example.com", null, new SecureRandom());
    bob.file().save(file);

    String text = Files.readString(file);
    assertTrue(alice.key().startsWith("sk-ccgate-"));
    assertFalse(text.contains(alice.key()), "the key itself is never written");
    assertTrue(text.contains(KeyHash.of(alice.key()).toString()));

    KeyRing ring = new KeyRing(KeysFile.load(file));
    Identity found = ring.find(KeyHash.of(alice.key())).orElseThrow();
    assertEquals("alice@example.com", found.developer());
    assertEquals("platform", found.teamHint());
    assertEquals(KeyHash.of(alice.key()).shortHex(), found.keyId());
    assertEquals("bob@example.com", ring.find(KeyHash.of(bob.key())).orElseThrow().developer());
    assertTrue(ring.find(KeyHash.of("sk-ccgate-wrong")).isEmpty());
  }

  @Test
  void aSecondKeyKeepsTheFirstAndTheTeam() throws Exception {
    KeysFile.NewKey first = new KeysFile(java.util.Map.of()).add("a@x", "t", new SecureRandom());
    KeysFile.NewKey second = first.file().add("a@x", null, new SecureRandom());
    KeyEntry entry = second.file().developers().get("a@x");
    assertEquals("t", entry.team());
    assertEquals(2, entry.keys().size());
    KeysFile reread = KeysFile.parse(second.file().toYaml(), "keys.yaml");
    assertEquals(second.file().developers(), reread.developers());
  }

  @Test
  void refusesMistakesWithoutEchoingKeys() {
    IllegalArgumentException pasted =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KeysFile.parse(
                    "developers:\n  a@x:\n    keys: [sk-ccgate-SECRETSECRET]\n", "keys.yaml"));
    assertFalse(pasted.getMessage().contains("SECRET"), pasted.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> KeysFile.parse("developers:\n  a@x:\n    kyes: []\n", "keys.yaml"));
    String hash = KeyHash.of("k").toString();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            KeysFile.parse(
                "developers:\n  a@x: {keys: ['" + hash + "']}\n  b@x: {keys: ['" + hash + "']}\n",
                "keys.yaml"));
  }

  @Test
  void aMissingOrEmptyFileHasNoKeys() throws Exception {
    assertEquals(0, new KeyRing(KeysFile.load(dir.resolve("none.yaml"))).size());
    assertEquals(0, KeysFile.parse("", "k").developers().size());
    assertEquals(0, KeysFile.parse("developers: {}\n", "k").developers().size());
  }
}
