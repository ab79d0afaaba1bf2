package dev.ccgate.gateway.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a key, the only form in which a key is stored or compared. Written {@code
 * sha256:<64 hex>} in the keys file. Immutable.
 */
public final class KeyHash {
  private static final String PREFIX = "sha256:";
  private static final Pattern FORM = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final HexFormat HEX = HexFormat.of();

  private final byte[] bytes;

  private KeyHash(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The hash of {@code key}. */
  public static KeyHash of(String key) {
    try {
      return new KeyHash(
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Parses {@code sha256:<64 hex>}. */
  public static KeyHash parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (!FORM.matcher(t).matches()) {
      throw new IllegalArgumentException("not a key hash (want sha256: and 64 hex digits)");
    }
    return new KeyHash(HEX.parseHex(t.substring(PREFIX.length())));
  }

  /** Constant-time comparison ({@code MessageDigest.isEqual}). */
  public boolean matches(KeyHash other) {
    return MessageDigest.isEqual(bytes, other.bytes);
  }

  /** The 64 hex digits. */
  public String hex() {
    return HEX.formatHex(bytes);
  }

  /** The first 8 hex digits: the most of a key's identity that may appear in a log. */
  public String shortHex() {
    return hex().substring(0, 8);
  }

  /** {@code sha256:<64 hex>}. */
  @Override
  public String toString() {
    return PREFIX + hex();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyHash k && MessageDigest.isEqual(bytes, k.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
