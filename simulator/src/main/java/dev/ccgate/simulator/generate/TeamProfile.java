package dev.ccgate.simulator.generate;

/**
 * How one kind of team uses Claude Code: which models, how many and how long sessions, how big tool
 * results are, how often it spawns subagents or turns on fast mode. Teams differ in these, which is
 * what makes their spend differ.
 *
 * @param name the profile's name ({@code platform}, {@code data}, {@code mobile})
 * @param models the main model a session starts on, by model id
 * @param sessionsPerWeekday sessions an average developer starts on a working day
 * @param promptsMedian median user prompts per session (log-normal: a heavy tail of long ones)
 * @param promptsSigma the log-normal sigma of prompts per session
 * @param loopMean mean extra API calls an ordinary prompt takes (the agentic tool loop)
 * @param longLoopShare share of prompts that run long and autonomously
 * @param longLoopMean mean extra API calls of such a prompt
 * @param toolResultMedian median tokens a tool result adds to the context
 * @param subagentShare chance a tool call is a subagent (Task) call
 * @param fastShare chance a session on a model with fast mode turns it on
 * @param usGeoShare chance a session on a model with data residency pins {@code us}
 * @param fiveMinuteShare chance a session writes 5-minute cache instead of 1-hour
 * @param vocabulary the words its transcripts are written with
 */
record TeamProfile(
    String name,
    Weighted<String> models,
    double sessionsPerWeekday,
    double promptsMedian,
    double promptsSigma,
    double loopMean,
    double longLoopShare,
    double longLoopMean,
    double toolResultMedian,
    double subagentShare,
    double fastShare,
    double usGeoShare,
    double fiveMinuteShare,
    Vocabulary vocabulary) {

  /** Backend engineers: Opus-heavy, medium sessions, some data residency. */
  static final TeamProfile PLATFORM =
      new TeamProfile(
          "platform",
          Weighted.of(
              ModelSpec.OPUS_4_6.id(), 40,
              ModelSpec.OPUS_5_5.id(), 25,
              ModelSpec.SONNET_4_6.id(), 15,
              ModelSpec.OPUS_4_5.id(), 12,
              ModelSpec.SONNET_5_5.id(), 8),
          0.55, // sessions per weekday
          8, // prompts per session, median
          0.8, // and its log-normal sigma
          3.0, // extra calls per prompt, mean
          0.1, // share of long autonomous loops
          10, // their extra calls, mean
          8_000, // tool result tokens, median
          0.015, // subagent share of tool calls
          0.15, // fast-mode share of sessions
          0.12, // us data-residency share
          0.10, // 5-minute cache share
          Vocabulary.PLATFORM);

  /**
   * Data engineers: long sessions on Opus 4.6 with its 1M context, big tool results (query output,
   * data samples), and fast mode (6x on Opus 4.6) left on: the team that overruns its budget.
   */
  static final TeamProfile DATA =
      new TeamProfile(
          "data",
          Weighted.of(
              ModelSpec.OPUS_4_6.id(), 65,
              ModelSpec.OPUS_5_5.id(), 15,
              ModelSpec.SONNET_4_6.id(), 12,
              ModelSpec.OPUS_4_5.id(), 8),
          0.55, // sessions per weekday
          10, // prompts per session, median
          0.7, // and its log-normal sigma
          3.5, // extra calls per prompt, mean
          0.15, // share of long autonomous loops
          12, // their extra calls, mean
          14_000, // tool result tokens, median
          0.02, // subagent share of tool calls
          0.9, // fast-mode share of sessions
          0.0, // us data-residency share
          0.05, // 5-minute cache share
          Vocabulary.DATA);

  /** App developers: Opus 5.5 and Sonnet, short sessions, little context. */
  static final TeamProfile MOBILE =
      new TeamProfile(
          "mobile",
          Weighted.of(
              ModelSpec.OPUS_5_5.id(), 35,
              ModelSpec.SONNET_5_5.id(), 25,
              ModelSpec.SONNET_4_6.id(), 20,
              ModelSpec.SONNET_4_5.id(), 12,
              ModelSpec.HAIKU_4_5.id(), 8),
          0.7, // sessions per weekday
          8, // prompts per session, median
          0.7, // and its log-normal sigma
          2.5, // extra calls per prompt, mean
          0.06, // share of long autonomous loops
          8, // their extra calls, mean
          8_000, // tool result tokens, median
          0.015, // subagent share of tool calls
          0.05, // fast-mode share of sessions
          0.0, // us data-residency share
          0.15, // 5-minute cache share
          Vocabulary.MOBILE);
}
