package dev.ccgate.gateway.wire;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON string literals. */
final class JsonText {
  private JsonText() {}

  /** {@code value} as a quoted JSON string. */
  static String quote(String value) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + '"';
  }
}
