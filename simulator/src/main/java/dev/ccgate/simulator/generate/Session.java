package dev.ccgate.simulator.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One simulated Claude Code session, as its transcript files would hold it: the main thread's
 * entries in order, and the side files (subagents, {@code /btw}) under {@code
 * <session>/subagents/}. Writers for other formats take only its {@link Call}s.
 */
final class Session {
  /** Something a transcript line records. */
  interface Entry {
    long time();
  }

  /** A user's prompt (or a subagent's task). */
  record Prompt(long time, String text) implements Entry {}

  /** The result of a tool call, fed back as a user line. */
  record ToolResult(long time, String toolUseId, String text) implements Entry {}

  /** An API error Claude Code records as a {@code <synthetic>} assistant line (formats.md 1.7). */
  record ApiError(long time, String id, String model, int status, String text) implements Entry {}

  /** Where automatic compaction cut the conversation. */
  record Compacted(long time, long preTokens) implements Entry {}

  /**
   * A {@code /btw} side file's copy of a main-thread response: same {@code message.id}, a new
   * {@code requestId} (formats.md 1.4), so dedup must drop it.
   */
  record Replay(long time, Call original, String requestId) implements Entry {}

  /** A file under {@code <session>/subagents/}. */
  record SideFile(String agentId, List<Entry> entries) {
    SideFile {
      entries = List.copyOf(entries);
    }
  }

  final String id;
  final Developer developer;
  final String cwd;
  final String gitBranch;
  final String version;
  final List<Entry> main = new ArrayList<>();
  final List<SideFile> sides = new ArrayList<>();

  /** Lines of the previous session in this folder that {@code --continue} copies in first. */
  int continuedLines;

  Session(String id, Developer developer, String cwd, String gitBranch, String version) {
    this.id = id;
    this.developer = developer;
    this.cwd = cwd;
    this.gitBranch = gitBranch;
    this.version = version;
  }

  /** Every API call of the session, main thread first, then each side file's own calls. */
  List<Call> calls() {
    List<Call> out = new ArrayList<>();
    for (Entry e : main) {
      if (e instanceof Call c) {
        out.add(c);
      }
    }
    for (SideFile side : sides) {
      for (Entry e : side.entries()) {
        if (e instanceof Call c) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Every API error of the session. */
  List<ApiError> errors() {
    List<ApiError> out = new ArrayList<>();
    for (Entry e : main) {
      if (e instanceof ApiError a) {
        out.add(a);
      }
    }
    return out;
  }
}
