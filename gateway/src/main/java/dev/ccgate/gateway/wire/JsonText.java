package dev.ccgate.gateway.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON text the gateway writes itself: string literals, and the small objects of its own APIs. */
public final class JsonText {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonText() {}

  /** Writes an object's fields. */
  public interface Fields {
    /** Writes the fields into {@code g}, inside the object. */
    void write(JsonGenerator g) throws IOException;
  }

  /** {@code value} as a quoted JSON string. */
  static String quote(String value) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + '"';
  }

  /** One JSON object holding what {@code fields} writes. */
  public static String object(Fields fields) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
