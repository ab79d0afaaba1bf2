package dev.ccgate.simulator.generate;

import java.util.List;

/**
 * The made-up words a team's sessions are written with: repositories, file names, prompts. All of
 * it is short, plain ASCII and fake: no real code, paths of real projects or secrets, only enough
 * text for a transcript to read like one.
 *
 * @param repos repository folder names (the session's cwd ends in one)
 * @param folders source folders inside a repository
 * @param nouns the things the team's prompts talk about
 * @param extensions file extensions of the team's code
 * @param commands the shell commands its sessions run
 * @param prompts what developers ask; {@code {n}} is replaced by a noun
 */
record Vocabulary(
    List<String> repos,
    List<String> folders,
    List<String> nouns,
    List<String> extensions,
    List<String> commands,
    List<String> prompts) {

  static final Vocabulary PLATFORM =
      new Vocabulary(
          List.of("payments-api", "auth-service", "api-gateway", "billing-worker", "infra-live"),
          List.of("internal", "cmd", "pkg", "modules", "src", "deploy"),
          List.of(
              "refunds",
              "rate limiter",
              "webhooks",
              "session tokens",
              "retry policy",
              "invoice export",
              "health checks",
              "audit log",
              "feature flags",
              "load balancer"),
          List.of("go", "ts", "tf", "yaml"),
          List.of(
              "make test",
              "go test ./...",
              "npm run lint",
              "terraform plan",
              "git status",
              "git diff --stat",
              "make build"),
          List.of(
              "Add pagination to the {n} endpoint",
              "Why is the {n} test flaky on CI?",
              "Refactor the {n} module so it is easier to test",
              "Write a migration for the {n} table",
              "Review my changes to the {n} handler",
              "The {n} alert fired last night, can you find out why?",
              "Bump the {n} client and fix what breaks",
              "Add metrics around {n}"));

  static final Vocabulary DATA =
      new Vocabulary(
          List.of("etl-pipelines", "warehouse-models", "feature-store", "analytics-notebooks"),
          List.of("dags", "models", "staging", "notebooks", "jobs", "schemas"),
          List.of(
              "daily orders",
              "churn features",
              "revenue rollup",
              "event dedup",
              "customer dim",
              "backfill",
              "partition pruning",
              "late arrivals",
              "cohort table",
              "forecast"),
          List.of("py", "sql", "ipynb", "yml"),
          List.of(
              "pytest -q",
              "dbt build --select state:modified",
              "dbt test",
              "make lint",
              "python -m jobs.run --dry-run",
              "git status"),
          List.of(
              "The {n} job fails on empty partitions, fix it",
              "Profile the {n} query, it got slow this week",
              "Add a data quality check for {n}",
              "Explain why {n} counts differ from the dashboard",
              "Backfill {n} for October and compare totals",
              "Turn the {n} notebook into a scheduled job",
              "Load the {n} sample and summarise the columns",
              "Rewrite the {n} model incrementally"));

  static final Vocabulary MOBILE =
      new Vocabulary(
          List.of("ios-app", "android-app", "mobile-bff", "design-system"),
          List.of("Sources", "app/src/main", "Features", "components", "routes", "Tests"),
          List.of(
              "onboarding flow",
              "push settings",
              "checkout screen",
              "deep links",
              "dark mode",
              "offline cache",
              "image picker",
              "login form",
              "release notes",
              "crash report"),
          List.of("swift", "kt", "ts", "tsx"),
          List.of(
              "./gradlew test",
              "xcodebuild test -scheme App",
              "npm test",
              "npm run lint",
              "git status"),
          List.of(
              "Fix the layout of the {n} on small screens",
              "Add a UI test for the {n}",
              "Why does the {n} crash on Android 15?",
              "Hook the {n} up to the new API",
              "Make the {n} accessible",
              "Clean up warnings in the {n}"));

  /** What assistant text blocks say; {@code {n}} is a noun, {@code {f}} a file. */
  static final List<String> REPLIES =
      List.of(
          "Let me look at how {n} is wired up.",
          "I'll read {f} first.",
          "Found it: {n} is handled in {f}.",
          "Now I'll update {f}.",
          "Running the tests to check the change.",
          "The tests pass. Summary: I changed {f} and added a test for {n}.",
          "Done. {n} now handles the empty case; see {f}.",
          "I'll search for other uses of {n}.",
          "That failure is unrelated to {n}; it is a timeout in setup.",
          "Here is what I found about {n}.");

  /** What thinking blocks say. */
  static final List<String> THOUGHTS =
      List.of(
          "The user wants {n} changed. Check the callers before editing.",
          "Likely an off-by-one in {n}. Read the test first.",
          "Two options for {n}; the smaller change is safer.",
          "Need to confirm where {n} is configured.",
          "The error points at {f}. Look there.");

  /** What tool results say; {@code {f}} is a file. */
  static final List<String> RESULTS =
      List.of(
          "Read 214 lines from {f}",
          "The file {f} has been updated.",
          "Found 7 matches in 3 files",
          "All 48 tests passed.",
          "2 failed, 46 passed",
          "No matches found",
          "Wrote 58 lines to {f}",
          "Listed 12 files");

  /** What a subagent is asked. */
  static final List<String> TASKS =
      List.of(
          "Find every caller of {n} and report file and line",
          "Summarise how {n} works in this repository",
          "Check whether the docs mention {n}",
          "List the tests that cover {n}");

  /** What /btw asks on the side. */
  static final List<String> ASIDES =
      List.of(
          "/btw what does {n} default to?",
          "/btw is {n} used anywhere else?",
          "/btw which version added {n}?");

  /** What {@code <synthetic>} API-error lines say (formats.md 1.7). */
  static final List<String> ERRORS =
      List.of(
          "API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
              + "\"message\":\"Overloaded\"}}",
          "API Error: Request timed out.",
          "API Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\","
              + "\"message\":\"Internal server error\"}}");
}
