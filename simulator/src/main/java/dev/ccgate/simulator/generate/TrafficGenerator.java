package dev.ccgate.simulator.generate;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.PriceTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code ccgate generate}: plays every developer of a roster on a pool of threads, one developer
 * per task, each into their own files. Each developer's random stream is split from the seed in
 * roster order before any task starts, so the files do not depend on scheduling.
 */
public final class TrafficGenerator {
  private final PriceTable prices;

  /** A generator pricing calls at the built-in list prices. */
  public TrafficGenerator() {
    this(PriceTables.builtin());
  }

  /** A generator pricing calls (OTel's {@code cost_usd}, the summary) with {@code prices}. */
  public TrafficGenerator(PriceTable prices) {
    this.prices = prices;
  }

  /** Writes the traffic {@code options} describe and says what it wrote. */
  public GenerateSummary generate(GenerateOptions options) throws IOException {
    long started = System.nanoTime();
    Path out = options.out();
    if (Files.isDirectory(out) && !isEmpty(out)) {
      throw new IllegalArgumentException(out + " is not empty; give a new or empty folder");
    }
    Files.createDirectories(out);
    Draw root = new Draw(options.seed());
    Roster roster =
        options.sampleRoster()
            ? Roster.sample(root.split())
            : Roster.numbered(options.developers(), options.teams(), root.split());
    String organization = root.uuid();
    List<Draw> draws = new ArrayList<>();
    for (int i = 0; i < roster.developers().size(); i++) {
      draws.add(root.split());
    }
    CallPricer pricer = new CallPricer(prices);
    int threads = Math.min(options.threads(), roster.developers().size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, TrafficGenerator::daemon);
    List<Future<Part>> parts = new ArrayList<>();
    try {
      for (int i = 0; i < roster.developers().size(); i++) {
        Developer dev = roster.developers().get(i);
        Draw draw = draws.get(i);
        parts.add(pool.submit(() -> one(options, dev, draw, organization, pricer)));
      }
      TrafficWriter.Output output = TrafficWriter.Output.NONE;
      DeveloperTraffic.Stats stats = DeveloperTraffic.Stats.NONE;
      Map<String, long[]> teams = new LinkedHashMap<>();
      for (String team : roster.teams()) {
        teams.put(team, new long[2]);
      }
      for (int i = 0; i < parts.size(); i++) {
        Part p = await(parts.get(i));
        output = output.plus(p.output);
        stats = stats.plus(p.stats);
        long[] team = teams.get(roster.developers().get(i).team());
        team[0]++;
        team[1] += p.stats.costMicros();
      }
      List<GenerateSummary.TeamSpend> spend = new ArrayList<>();
      teams.forEach((k, v) -> spend.add(new GenerateSummary.TeamSpend(k, (int) v[0], v[1])));
      return new GenerateSummary(
          options.format(),
          roster.developers().size(),
          spend,
          options.days(),
          options.start(),
          options.seed(),
          output.files(),
          output.lines(),
          output.bytes(),
          stats.sessions(),
          stats.calls(),
          stats.subagentCalls(),
          stats.errors(),
          output.usageLines(),
          System.nanoTime() - started);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One developer's output and stats. */
  private record Part(TrafficWriter.Output output, DeveloperTraffic.Stats stats) {}

  private static Part one(
      GenerateOptions o, Developer dev, Draw draw, String organization, CallPricer pricer)
      throws IOException {
    Draw ids = draw.split(); // the writer's own stream: formats differ in what they draw
    try (TrafficWriter writer = writer(o, dev, organization, ids)) {
      DeveloperTraffic.Stats stats =
          new DeveloperTraffic(dev, draw, pricer).run(o.start(), o.days(), o.activity(), writer);
      return new Part(writer.output(), stats);
    }
  }

  private static TrafficWriter writer(
      GenerateOptions o, Developer dev, String organization, Draw ids) {
    return switch (o.format()) {
      case TRANSCRIPTS -> new TranscriptWriter(o.out(), dev, ids);
      case OTEL -> new OtelWriter(o.out(), dev, organization, ids);
      case CSV -> new CsvWriter(o.out(), dev);
    };
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static Part await(Future<Part> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "ccgate-generate");
    t.setDaemon(true);
    return t;
  }
}
