package dev.ccgate.gateway.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionIdsTest {
  private static final String ID = "2ad8a76e-6c6e-46f7-b058-3edfdb1dce42";

  @Test
  void theHeaderWins() {
    assertEquals(ID, SessionIds.of(ID, "{\"session_id\":\"other\"}"));
  }

  @Test
  void currentClaudeCodeSendsJsonInUserId() {
    assertEquals(
        ID,
        SessionIds.of(
            null,
            "{\"device_id\":\"e18391\",\"account_uuid\":\"\",\"session_id\":\"" + ID + "\"}"));
  }

  @Test
  void olderClaudeCodeSendsTheLegacyForm() {
    assertEquals(ID, SessionIds.of("", "user_5dd08e84_account__session_" + ID));
  }

  @Test
  void anythingElseHasNoSession() {
    assertEquals("", SessionIds.of(null, null));
    assertEquals("", SessionIds.of(null, "opaque"));
    assertEquals("", SessionIds.of(null, "{not json"));
  }
}
