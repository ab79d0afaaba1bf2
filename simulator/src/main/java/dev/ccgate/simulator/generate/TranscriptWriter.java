package dev.ccgate.simulator.generate;

import dev.ccgate.simulator.generate.Call.Block;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a developer's sessions as Claude Code's transcript tree, {@code
 * <out>/<email>/projects/<encoded-cwd>/<session>.jsonl} with subagent and {@code /btw} files under
 * {@code <session>/subagents/agent-<id>.jsonl}, in the line shape of formats.md 1.7. It writes the
 * duplicates real transcripts have (formats.md 1.4): one line per content block with the same ids
 * and usage, streaming snapshots with a smaller output count, {@code --continue} copies of the
 * previous session's last lines, and {@code /btw} replays with a new request id.
 */
final class TranscriptWriter implements TrafficWriter {
  private static final int TAIL = 40;
  private static final int BUFFER = 1 << 16;

  private final Path projects;
  private final Draw ids;
  private final Text text = new Text();
  private final StringBuilder line = new StringBuilder(2_048);
  // The last lines and line id of the latest session in each folder, for --continue copies.
  private final Map<String, ArrayDeque<String>> tails = new HashMap<>();
  private final Map<String, String> tailUuids = new HashMap<>();
  private long files;
  private long lines;
  private long bytes;
  private long usageLines;

  TranscriptWriter(Path out, Developer developer, Draw ids) {
    this.projects = out.resolve(developer.email()).resolve("projects");
    this.ids = ids;
  }

  /** The folder name Claude Code gives a cwd: every non-alphanumeric character becomes '-'. */
  static String encode(String cwd) {
    StringBuilder b = new StringBuilder(cwd.length());
    for (int i = 0; i < cwd.length(); i++) {
      char c = cwd.charAt(i);
      b.append(c < 128 && Character.isLetterOrDigit(c) ? c : '-');
    }
    return b.toString();
  }

  /** One open file and the uuid chain in it. */
  private final class File implements AutoCloseable {
    final Writer w;
    final Session session;
    final boolean sidechain;
    final String agentId;
    final ArrayDeque<String> tail;
    String parent;

    File(Path path, Session session, String agentId, ArrayDeque<String> tail) throws IOException {
      Files.createDirectories(path.getParent());
      this.w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), BUFFER);
      this.session = session;
      this.sidechain = agentId != null;
      this.agentId = agentId;
      this.tail = tail;
      files++;
    }

    void emit(StringBuilder b) throws IOException {
      b.append('\n');
      w.append(b);
      lines++;
      bytes += b.length(); // all ASCII: characters are bytes
      if (tail != null) {
        if (tail.size() == TAIL) {
          tail.removeFirst();
        }
        tail.addLast(b.toString());
      }
    }

    void copy(String raw) throws IOException {
      w.write(raw);
      lines++;
      bytes += raw.length();
      if (raw.contains("\"usage\"")) {
        usageLines++;
      }
      tail.addLast(raw);
    }

    @Override
    public void close() throws IOException {
      w.close();
    }
  }

  @Override
  public void write(Session s) throws IOException {
    String folder = encode(s.cwd);
    Path dir = projects.resolve(folder);
    ArrayDeque<String> previous = tails.get(folder);
    ArrayDeque<String> tail = new ArrayDeque<>(TAIL + 1);
    String lastUuid;
    try (File f = new File(dir.resolve(s.id + ".jsonl"), s, null, tail)) {
      if (s.continuedLines > 0 && previous != null) {
        // --continue copies earlier lines verbatim into the new file (kenn-io/agentsview#307).
        int skip = Math.max(0, previous.size() - s.continuedLines);
        int i = 0;
        for (String raw : previous) {
          if (i++ >= skip) {
            f.copy(raw);
          }
        }
        f.parent = tailUuids.get(folder);
      }
      for (Session.Entry e : s.main) {
        entry(f, e);
      }
      lastUuid = f.parent;
    }
    while (tail.size() > TAIL) {
      tail.removeFirst();
    }
    tails.put(folder, tail);
    tailUuids.put(folder, lastUuid);
    for (Session.SideFile side : s.sides) {
      Path path =
          dir.resolve(s.id).resolve("subagents").resolve("agent-" + side.agentId() + ".jsonl");
      try (File f = new File(path, s, side.agentId(), null)) {
        for (Session.Entry e : side.entries()) {
          entry(f, e);
        }
      }
    }
  }

  private void entry(File f, Session.Entry e) throws IOException {
    if (e instanceof Call c) {
      call(f, c);
    } else if (e instanceof Session.Prompt p) {
      user(f).append("\"content\":");
      Text.json(line, p.text());
      line.append('}');
      close(f, p.time());
    } else if (e instanceof Session.ToolResult r) {
      user(f).append("\"content\":[{\"tool_use_id\":\"").append(r.toolUseId());
      line.append("\",\"type\":\"tool_result\",\"content\":");
      Text.json(line, r.text());
      line.append("}]}");
      close(f, r.time());
    } else if (e instanceof Session.ApiError a) {
      error(f, a);
    } else if (e instanceof Session.Compacted c) {
      compacted(f, c);
    } else if (e instanceof Session.Replay r) {
      Call c = r.original();
      assistant(f, c, c.blocks().get(c.blocks().size() - 1), true, c.output(), r.requestId());
      close(f, r.time());
    } else {
      throw new IllegalStateException("unknown entry " + e);
    }
  }

  private void call(File f, Call c) throws IOException {
    List<Block> blocks = c.blocks();
    if (c.partialOutput() > 0) {
      // A streaming snapshot written before the response finished: same ids, fewer output tokens.
      assistant(f, c, Block.text(firstWords(blocks)), false, c.partialOutput(), c.requestId());
      close(f, c.time() - Math.max(1, c.durationMs() / 2));
    }
    // Blocks finish streaming one after another; the last one ends the response.
    long step = Math.max(1, Math.min(900, c.durationMs() / (blocks.size() + 1)));
    for (int i = 0; i < blocks.size(); i++) {
      assistant(f, c, blocks.get(i), i == blocks.size() - 1, c.output(), c.requestId());
      close(f, c.time() - (blocks.size() - 1 - i) * ids.between(step / 4, step));
    }
  }

  private void assistant(File f, Call c, Block block, boolean last, long output, String requestId) {
    prefix(f, f.parent);
    line.append("\"type\":\"assistant\",\"message\":{\"model\":\"").append(c.model());
    line.append("\",\"id\":\"").append(c.messageId());
    line.append("\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[");
    block(block);
    line.append("],\"stop_reason\":");
    if (last) {
      line.append('"').append(c.stopReason()).append('"');
    } else {
      line.append("null");
    }
    line.append(",\"stop_sequence\":null,\"usage\":");
    usage(c, output);
    line.append("},\"requestId\":\"").append(requestId).append('"');
    usageLines++;
  }

  private void block(Block b) {
    switch (b.kind()) {
      case THINKING -> {
        line.append("{\"type\":\"thinking\",\"thinking\":");
        Text.json(line, b.text());
        line.append(",\"signature\":\"").append(ids.base58(48)).append("\"}");
      }
      case TEXT -> {
        line.append("{\"type\":\"text\",\"text\":");
        Text.json(line, b.text());
        line.append('}');
      }
      case TOOL_USE -> {
        line.append("{\"type\":\"tool_use\",\"id\":\"").append(b.toolUseId());
        line.append("\",\"name\":\"").append(b.toolName()).append("\",\"input\":{\"");
        line.append(b.inputKey()).append("\":");
        Text.json(line, b.text());
        line.append("}}");
      }
    }
  }

  private void usage(Call c, long output) {
    line.append("{\"input_tokens\":").append(c.input());
    line.append(",\"cache_creation_input_tokens\":").append(c.writes());
    line.append(",\"cache_read_input_tokens\":").append(c.read());
    line.append(",\"cache_creation\":{\"ephemeral_5m_input_tokens\":").append(c.write5m());
    line.append(",\"ephemeral_1h_input_tokens\":").append(c.write1h());
    line.append("},\"output_tokens\":").append(output);
    if (c.thinking() > 0) {
      line.append(",\"output_tokens_details\":{\"thinking_tokens\":");
      line.append(Math.min(c.thinking(), output)).append('}');
    }
    if (!c.sidechain()) {
      line.append(",\"server_tool_use\":{\"web_search_requests\":").append(c.webSearches());
      line.append(",\"web_fetch_requests\":0}");
    }
    line.append(",\"service_tier\":\"standard\"");
    if (c.geo() != null) {
      line.append(",\"inference_geo\":\"").append(c.geo()).append('"');
    }
    ModelSpec spec = ModelSpec.ALL.get(c.model());
    if (spec != null && spec.fast()) {
      line.append(",\"speed\":\"").append(c.fast() ? "fast" : "standard").append('"');
    }
    line.append('}');
  }

  private void error(File f, Session.ApiError a) throws IOException {
    prefix(f, f.parent);
    line.append("\"type\":\"assistant\",\"message\":{\"id\":\"").append(a.id());
    line.append("\",\"model\":\"<synthetic>\",\"role\":\"assistant\",\"stop_reason\":");
    line.append("\"stop_sequence\",\"stop_sequence\":\"\",\"type\":\"message\",\"usage\":");
    line.append("{\"input_tokens\":0,\"output_tokens\":0,\"cache_creation_input_tokens\":0,");
    line.append("\"cache_read_input_tokens\":0},\"content\":[{\"type\":\"text\",\"text\":");
    Text.json(line, a.text());
    line.append("}]},\"isApiErrorMessage\":true");
    usageLines++;
    close(f, a.time());
  }

  private void compacted(File f, Session.Compacted c) throws IOException {
    String logical = f.parent;
    prefix(f, null);
    if (logical != null) {
      line.append("\"logicalParentUuid\":\"").append(logical).append("\",");
    }
    line.append("\"type\":\"system\",\"subtype\":\"compact_boundary\",");
    line.append("\"content\":\"Conversation compacted\",\"isMeta\":false,\"level\":\"info\",");
    line.append("\"compactMetadata\":{\"trigger\":\"auto\",\"preTokens\":");
    line.append(c.preTokens()).append('}');
    close(f, c.time());
  }

  private StringBuilder user(File f) {
    prefix(f, f.parent);
    return line.append("\"type\":\"user\",\"message\":{\"role\":\"user\",");
  }

  private void prefix(File f, String parent) {
    line.setLength(0);
    line.append("{\"parentUuid\":");
    if (parent == null) {
      line.append("null");
    } else {
      line.append('"').append(parent).append('"');
    }
    line.append(",\"isSidechain\":").append(f.sidechain);
    if (f.agentId != null) {
      line.append(",\"agentId\":\"").append(f.agentId).append('"');
    }
    line.append(",\"userType\":\"external\",\"cwd\":");
    Text.json(line, f.session.cwd);
    line.append(",\"sessionId\":\"").append(f.session.id);
    line.append("\",\"version\":\"").append(f.session.version).append("\",\"gitBranch\":");
    Text.json(line, f.session.gitBranch);
    line.append(',');
  }

  /** Ends the line with its own uuid and timestamp, writes it, and makes it the next parent. */
  private void close(File f, long time) throws IOException {
    String uuid = ids.uuid();
    line.append(",\"uuid\":\"").append(uuid).append("\",\"timestamp\":\"");
    text.instant(line, time);
    line.append("\"}");
    f.emit(line);
    f.parent = uuid;
  }

  private static String firstWords(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() == Block.Kind.TEXT) {
        String t = b.text();
        int cut = t.indexOf(' ', Math.min(t.length(), 12));
        return cut < 0 ? t : t.substring(0, cut);
      }
    }
    return "";
  }

  @Override
  public Output output() {
    return new Output(files, lines, bytes, usageLines);
  }

  @Override
  public void close() {
    // Every file is closed as soon as its session is written.
  }
}
