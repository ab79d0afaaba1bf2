package dev.ccgate.gateway.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Claude Code session of a request (anthropic-api.md §6.4): the {@code
 * X-Claude-Code-Session-Id} header, else {@code metadata.user_id} — a JSON string with {@code
 * session_id} in current builds, {@code user_<hex>_account_<uuid>_session_<uuid>} in older ones.
 */
public final class SessionIds {
  private static final Pattern LEGACY = Pattern.compile("_session_([0-9a-fA-F-]{36})$");
  private static final int MAX_LENGTH = 128;
  private static final JsonFactory JSON = new JsonFactory();

  private SessionIds() {}

  /** The session id, or "" when neither source has one. */
  public static String of(String header, String userId) {
    if (header != null && !header.isBlank()) {
      return clip(header.strip());
    }
    if (userId == null || userId.isEmpty()) {
      return "";
    }
    if (userId.startsWith("{")) {
      return clip(fromJson(userId));
    }
    Matcher m = LEGACY.matcher(userId);
    return m.find() ? m.group(1) : "";
  }

  private static String fromJson(String userId) {
    try (JsonParser p = JSON.createParser(userId)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("session_id".equals(name) && value == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      // An opaque user_id that merely starts with '{' carries no session.
    }
    return "";
  }

  // The id lands in the decision log; a client must not be able to write megabytes there.
  private static String clip(String id) {
    return id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id;
  }
}
