package dev.ccgate.simulator.generate;

import dev.ccgate.simulator.generate.Call.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays one developer's sessions turn by turn. Each API call's prompt is the whole conversation so
 * far: the part the previous call cached is a cache read, the rest (the previous answer, the tool
 * results, the new prompt) a cache write, and only a few trailing tokens are uncached input, which
 * is what Claude Code's transcripts show. A pause longer than the cache lifetime (1 hour, or 5
 * minutes for the sessions that use it) turns the next read into a full rewrite.
 */
final class SessionSimulator {
  static final long ONE_HOUR = 3_600_000L;
  static final long FIVE_MINUTES = 300_000L;

  private static final double ERROR_RATE = 0.004;
  private static final double PARTIAL_RATE = 0.04;
  private static final double BTW_RATE = 0.04;
  private static final double MODEL_SWITCH_RATE = 0.02;
  private static final double PARALLEL_TOOLS_RATE = 0.12;
  private static final long MAX_PROMPTS = 300;
  private static final int[] ERROR_STATUS = {529, 408, 500};
  private static final Weighted<String> EFFORTS = Weighted.of("medium", 55, "high", 35, "low", 10);
  private static final Weighted<String> TOOLS =
      Weighted.of(
          "Read", 30, "Edit", 18, "Bash", 20, "Grep", 13, "Glob", 6, "Write", 5, "WebSearch", 2);

  /** Where a session left off, for a later {@code --continue} in the same folder. */
  record End(
      ModelSpec model,
      long context,
      long cached,
      long lastUse,
      long ttl,
      boolean fast,
      String geo,
      String effort,
      long time) {}

  private final Developer dev;
  private final TeamProfile profile;
  private final Draw draw;
  private final CallPricer pricer;
  private final long systemTokens;
  // Claude Code's system prompt and tools are the same for every session on a model, so a fresh
  // session reads them from the cache another session wrote, if that was within its lifetime.
  private final Map<String, Long> systemWarmUntil = new HashMap<>();

  SessionSimulator(Developer dev, Draw draw, CallPricer pricer) {
    this.dev = dev;
    this.profile = dev.profile();
    this.draw = draw;
    this.pricer = pricer;
    this.systemTokens = 13_800L + draw.between(0, 2_400);
  }

  /** The mutable state of one conversation: the main thread, a subagent or an aside. */
  private static final class Conversation {
    ModelSpec model;
    long context;
    long cached;
    long lastUse = Long.MIN_VALUE / 2;
    long ttl;
    boolean fast;
    String geo;
    String effort;
    boolean sidechain;
    String agentId;
    String querySource;
    long time;
    List<Session.Entry> entries;
  }

  /** Plays {@code session} from {@code start}; {@code previous} continues an earlier one. */
  End play(Session session, long start, End previous) {
    Conversation t = new Conversation();
    t.entries = session.main;
    t.time = start;
    t.querySource = "repl_main_thread";
    if (previous != null) {
      t.model = previous.model();
      t.context = previous.context();
      t.cached = previous.cached();
      t.lastUse = previous.lastUse();
      t.ttl = previous.ttl();
      t.fast = previous.fast();
      t.geo = previous.geo();
      t.effort = previous.effort();
      session.continuedLines = draw.between(4, 20);
    } else {
      t.model = ModelSpec.ALL.get(profile.models().pick(draw));
      t.ttl = draw.chance(profile.fiveMinuteShare()) ? FIVE_MINUTES : ONE_HOUR;
      t.fast = t.model.fast() && draw.chance(profile.fastShare());
      t.geo = geo(t.model);
      t.effort = EFFORTS.pick(draw);
      // CLAUDE.md, memory and git status ride along with the system prompt.
      t.context = systemTokens + draw.between(800, 6_000);
    }
    long prompts =
        draw.count(
            profile.promptsMedian() * Math.sqrt(dev.heaviness()),
            profile.promptsSigma(),
            1,
            MAX_PROMPTS);
    long aside = prompts >= 3 && draw.chance(BTW_RATE) ? draw.between(1, prompts - 1) : -1;
    for (long p = 0; p < prompts; p++) {
      if (p > 0) {
        t.time += thinkTime();
        if (draw.chance(MODEL_SWITCH_RATE)) {
          switchModel(t);
        }
      }
      t.entries.add(new Session.Prompt(t.time, fill(draw.pick(profile.vocabulary().prompts()))));
      t.context += draw.count(60, 1.0, 5, 4_000);
      t.time += draw.between(200, 900);
      int extra =
          draw.chance(profile.longLoopShare())
              ? draw.geometric(profile.longLoopMean())
              : draw.geometric(profile.loopMean());
      loop(session, t, extra);
      if (p == aside) {
        aside(session, t);
      }
    }
    return new End(t.model, t.context, t.cached, t.lastUse, t.ttl, t.fast, t.geo, t.effort, t.time);
  }

  /** One prompt's agentic loop: {@code toolCalls} calls that use tools, then the answer. */
  private void loop(Session session, Conversation t, int toolCalls) {
    for (int i = 0; i <= toolCalls; i++) {
      compactIfFull(t);
      if (!t.sidechain && draw.chance(ERROR_RATE)) {
        error(t);
      }
      if (i == toolCalls) {
        answer(t);
      } else if (!t.sidechain && draw.chance(profile.subagentShare())) {
        delegate(session, t);
      } else {
        useTools(session, t);
      }
    }
  }

  private void answer(Conversation t) {
    List<Block> blocks = new ArrayList<>(2);
    long thinking = thinking(t, blocks);
    long visible = draw.count(t.sidechain ? 180 : 320, 0.9, 15, 6_000);
    blocks.add(Block.text(fill(draw.pick(Vocabulary.REPLIES))));
    call(t, blocks, visible, thinking, "end_turn", 0);
  }

  private void useTools(Session session, Conversation t) {
    List<Block> blocks = new ArrayList<>(4);
    long thinking = thinking(t, blocks);
    long visible = 0;
    if (draw.chance(0.2)) {
      blocks.add(Block.text(fill(draw.pick(Vocabulary.REPLIES))));
      visible += draw.count(45, 0.7, 5, 600);
    }
    int tools = draw.chance(PARALLEL_TOOLS_RATE) ? 2 : 1;
    List<String> names = new ArrayList<>(tools);
    int searches = 0;
    for (int k = 0; k < tools; k++) {
      String tool = t.sidechain ? draw.pick(List.of("Read", "Grep", "Glob", "Bash")) : pick(TOOLS);
      names.add(tool);
      blocks.add(toolBlock(session, tool));
      visible += toolInputTokens(tool);
      if (tool.equals("WebSearch")) {
        searches += draw.between(1, 3);
      }
    }
    call(t, blocks, visible, thinking, "tool_use", searches);
    for (int k = 0; k < tools; k++) {
      String tool = names.get(k);
      Block use = blocks.get(blocks.size() - tools + k);
      t.time += toolMillis(tool);
      t.entries.add(new Session.ToolResult(t.time, use.toolUseId(), fill(resultText(tool))));
      t.context += toolResultTokens(t, tool);
    }
  }

  /** A Task tool call: a subagent runs in its own sidechain file, its answer is the result. */
  private void delegate(Session session, Conversation parent) {
    List<Block> blocks = new ArrayList<>(3);
    long thinking = thinking(parent, blocks);
    String task = fill(draw.pick(Vocabulary.TASKS));
    Block use = Block.toolUse("Task", toolUseId(), "description", task);
    blocks.add(use);
    call(parent, blocks, draw.count(90, 0.5, 20, 600), thinking, "tool_use", 0);

    Conversation agent = new Conversation();
    agent.model =
        draw.chance(0.75) || parent.model.family().equals("haiku")
            ? ModelSpec.HAIKU_4_5
            : parent.model;
    agent.ttl = FIVE_MINUTES; // subagents write 5-minute cache (formats.md 1.7 c)
    agent.geo = agent.model.residency() ? parent.geo : null;
    agent.effort = "low";
    agent.sidechain = true;
    agent.agentId = draw.hex(8);
    agent.querySource = "subagent";
    agent.time = parent.time + draw.between(200, 1_500);
    agent.context = (long) draw.between(7_000, 11_000) + draw.between(100, 600);
    agent.entries = new ArrayList<>();
    agent.entries.add(new Session.Prompt(agent.time, task));
    loop(session, agent, 1 + draw.geometric(3));
    session.sides.add(new Session.SideFile(agent.agentId, agent.entries));

    parent.time = agent.time + draw.between(100, 800);
    parent.entries.add(
        new Session.ToolResult(parent.time, use.toolUseId(), "Subagent finished: " + task));
    parent.context += draw.count(900, 0.6, 80, 6_000);
  }

  /**
   * {@code /btw}: a side question in a sidechain file that first replays the latest main-thread
   * responses (same message id, new request id), then asks, reading the main thread's cache.
   */
  private void aside(Session session, Conversation main) {
    List<Call> recent = new ArrayList<>(2);
    for (int i = main.entries.size() - 1; i >= 0 && recent.size() < 2; i--) {
      if (main.entries.get(i) instanceof Call c) {
        recent.add(0, c);
      }
    }
    Conversation side = new Conversation();
    side.entries = new ArrayList<>();
    side.time = main.time + draw.between(2_000, 20_000);
    for (Call c : recent) {
      side.entries.add(new Session.Replay(side.time, c, requestId()));
    }
    side.model = main.model;
    side.ttl = main.ttl;
    side.fast = main.fast;
    side.geo = main.geo;
    side.effort = main.effort;
    side.sidechain = true;
    side.agentId = draw.hex(8);
    side.querySource = "side_question";
    side.context = main.context + draw.between(20, 80);
    side.cached = main.cached;
    side.lastUse = main.lastUse;
    side.entries.add(new Session.Prompt(side.time, fill(draw.pick(Vocabulary.ASIDES))));
    List<Block> blocks = new ArrayList<>(1);
    blocks.add(Block.text(fill(draw.pick(Vocabulary.REPLIES))));
    call(side, blocks, draw.count(120, 0.6, 10, 1_500), 0, "end_turn", 0);
    session.sides.add(new Session.SideFile(side.agentId, side.entries));
    main.lastUse = Math.max(main.lastUse, side.lastUse); // the aside's read refreshed the cache
    main.time = side.time;
  }

  private void compactIfFull(Conversation t) {
    if (t.context <= compactAt(t.model)) {
      return;
    }
    long before = t.context;
    String saved = t.querySource;
    t.querySource = "compact";
    List<Block> blocks = new ArrayList<>(1);
    blocks.add(Block.text("Summary of the conversation so far: " + fill("{n} work in {f}.")));
    long summary = draw.count(4_000, 0.3, 1_000, 12_000);
    call(t, blocks, summary, 0, "end_turn", 0);
    t.querySource = saved;
    t.entries.add(new Session.Compacted(t.time, before));
    // The system prompt and tools are still the cached prefix; the summary is new.
    t.context = systemTokens + summary + draw.between(500, 3_000);
    t.cached = Math.min(t.cached, systemTokens);
  }

  /** Where Claude Code compacts: with room left for one more large tool result and answer. */
  static long compactAt(ModelSpec model) {
    return model.window() - Math.max(50_000, model.window() / 10);
  }

  private void error(Conversation t) {
    int k = draw.between(0, ERROR_STATUS.length - 1);
    t.time += draw.between(2_000, 30_000);
    t.entries.add(
        new Session.ApiError(
            t.time, draw.uuid(), t.model.id(), ERROR_STATUS[k], Vocabulary.ERRORS.get(k)));
    t.time += draw.between(3_000, 45_000);
  }

  private void switchModel(Conversation t) {
    ModelSpec next = ModelSpec.ALL.get(profile.models().pick(draw));
    if (next.equals(t.model)) {
      return;
    }
    t.model = next;
    t.cached = 0; // a cache belongs to one model: the whole conversation is written again
    t.fast = t.fast && next.fast();
    t.geo = geo(next);
  }

  /** Records one API call on {@code t}, priced, with its cache reads and writes. */
  private Call call(
      Conversation t, List<Block> blocks, long visible, long thinking, String stop, int searches) {
    long sent = t.time;
    long output = visible + thinking;
    double rate = t.model.tokensPerSecond() * (t.fast ? 2.5 : 1.0);
    long duration = draw.count(1_800, 0.4, 400, 20_000) + Math.round(output * 1000.0 / rate);
    t.time += duration;

    long prompt = t.context;
    long input = Math.min(prompt, draw.chance(0.03) ? draw.between(20, 3_000) : draw.between(1, 9));
    long read;
    if (t.cached > 0 && sent - t.lastUse <= t.ttl) {
      read = Math.min(t.cached, prompt - input);
    } else {
      Long warm = systemWarmUntil.get(t.model.id());
      read = warm != null && warm >= sent ? Math.min(systemTokens, prompt - input) : 0;
    }
    long write = prompt - input - read;
    long write1h = t.ttl == ONE_HOUR ? write : 0;
    long write5m = write - write1h;
    t.cached = read + write;
    t.lastUse = sent;
    systemWarmUntil.merge(t.model.id(), sent + t.ttl, Math::max);
    // Earlier thinking is mostly dropped from later prompts; the visible answer stays.
    t.context = prompt + visible + thinking / 4;

    long partial =
        !t.sidechain && draw.chance(PARTIAL_RATE)
            ? Math.max(1, Math.round(output * draw.uniform(0.02, 0.4)))
            : 0;
    long cost =
        pricer.micros(
            t.model.id(), t.time, input, output, write5m, write1h, read, t.fast, t.geo, searches);
    Call call =
        new Call(
            t.time,
            t.model.id(),
            "msg_01" + draw.base58(22),
            requestId(),
            input,
            output,
            thinking,
            write5m,
            write1h,
            read,
            t.fast,
            t.geo,
            searches,
            blocks,
            stop,
            t.sidechain,
            t.agentId,
            partial,
            duration,
            t.querySource,
            t.effort,
            cost);
    t.entries.add(call);
    return call;
  }

  private long thinking(Conversation t, List<Block> blocks) {
    double share =
        switch (t.effort) {
          case "high" -> 0.55;
          case "low" -> 0.1;
          default -> 0.3;
        };
    if (t.sidechain || !draw.chance(share)) {
      return 0;
    }
    blocks.add(Block.thinking(fill(draw.pick(Vocabulary.THOUGHTS))));
    return draw.count(220, 1.0, 16, 12_000);
  }

  private Block toolBlock(Session session, String tool) {
    Vocabulary v = profile.vocabulary();
    return switch (tool) {
      case "Bash" -> Block.toolUse(tool, toolUseId(), "command", draw.pick(v.commands()));
      case "Grep" -> Block.toolUse(tool, toolUseId(), "pattern", slug(draw.pick(v.nouns())));
      case "Glob" ->
          Block.toolUse(tool, toolUseId(), "pattern", "**/*." + draw.pick(v.extensions()));
      case "WebSearch" ->
          Block.toolUse(tool, toolUseId(), "query", draw.pick(v.nouns()) + " best practices");
      default -> Block.toolUse(tool, toolUseId(), "file_path", session.cwd + "/" + file());
    };
  }

  private long toolInputTokens(String tool) {
    return switch (tool) {
      case "Edit" -> draw.count(350, 0.9, 30, 8_000);
      case "Write" -> draw.count(900, 0.9, 50, 16_000);
      default -> draw.count(45, 0.5, 10, 300);
    };
  }

  private long toolResultTokens(Conversation t, String tool) {
    double m = t.sidechain ? 1_500 : profile.toolResultMedian();
    long cap = t.model.window() <= 200_000 ? 20_000 : 25_000; // Claude Code truncates big output
    return switch (tool) {
      case "Read" -> draw.count(m * 1.6, 0.9, 50, cap);
      case "Bash" -> draw.count(m * 0.5, 1.2, 10, cap);
      case "Grep" -> draw.count(m * 0.3, 1.0, 10, 8_000);
      case "Glob" -> draw.count(150, 0.8, 10, 4_000);
      case "WebSearch" -> draw.count(2_500, 0.6, 300, 12_000);
      default -> draw.count(120, 0.5, 20, 1_000);
    };
  }

  private long toolMillis(String tool) {
    long wait = draw.chance(0.15) ? draw.count(6_000, 1.0, 500, 600_000) : 0; // permission prompt
    return wait
        + switch (tool) {
          case "Bash" -> draw.count(8_000, 1.2, 100, 600_000);
          case "WebSearch" -> draw.count(4_000, 0.5, 500, 60_000);
          default -> draw.count(300, 0.8, 20, 10_000);
        };
  }

  private static String resultText(String tool) {
    return switch (tool) {
      case "Read" -> Vocabulary.RESULTS.get(0);
      case "Edit" -> Vocabulary.RESULTS.get(1);
      case "Grep" -> Vocabulary.RESULTS.get(2);
      case "Bash" -> Vocabulary.RESULTS.get(3);
      case "Write" -> Vocabulary.RESULTS.get(6);
      case "Glob" -> Vocabulary.RESULTS.get(7);
      default -> "Search returned 8 results";
    };
  }

  private long thinkTime() {
    if (draw.chance(0.03)) {
      return draw.between(40L * 60_000, 150L * 60_000); // a meeting or lunch: caches go cold
    }
    return draw.count(70_000, 1.2, 3_000, 3 * ONE_HOUR);
  }

  private String geo(ModelSpec model) {
    if (!model.residency()) {
      return "not_available";
    }
    return draw.chance(profile.usGeoShare()) ? "us" : "global";
  }

  private String pick(Weighted<String> w) {
    return w.pick(draw);
  }

  private String requestId() {
    return "req_011C" + draw.base58(20);
  }

  private String toolUseId() {
    return "toolu_01" + draw.base58(22);
  }

  /** A relative source file name in the team's words. */
  String file() {
    Vocabulary v = profile.vocabulary();
    return draw.pick(v.folders())
        + "/"
        + slug(draw.pick(v.nouns()))
        + "."
        + draw.pick(v.extensions());
  }

  private String fill(String template) {
    String s = template;
    if (s.contains("{n}")) {
      s = s.replace("{n}", draw.pick(profile.vocabulary().nouns()));
    }
    if (s.contains("{f}")) {
      s = s.replace("{f}", file());
    }
    return s;
  }

  private static String slug(String noun) {
    return noun.replace(' ', '_');
  }
}
