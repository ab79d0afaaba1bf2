package dev.ccgate.kernel;

import dev.ccgate.policy.Condition;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Rule;
import dev.ccgate.policy.Stage;
import dev.ccgate.policy.StageAction;
import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.Rates;
import dev.ccgate.pricing.ResolvedModel;
import dev.ccgate.pricing.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy kernel (SPEC section 4): {@link #decide} before a request goes upstream, {@link
 * #settle} after it with the actual usage. Immutable for one policy; all state lives in the {@link
 * Ledger} the caller passes in, and time comes only from the events.
 */
public final class Kernel {
  private final Policy policy;
  private final PriceTable pricing;
  private final PeriodCalendar calendar;
  private final PolicyIndex index;
  private final List<String> cascade;
  // The model each cascade rung routes to (decide step 6), per generation of the asked model: it
  // depends only on the policy and the price table, and working it out builds strings (a sixth of
  // a replay's requests are downgraded). Generations come from the price table, so it stays small.
  private final Map<String, String[]> rungModels = new ConcurrentHashMap<>();

  /** A kernel for {@code policy}. */
  public Kernel(Policy policy) {
    this.policy = policy;
    this.pricing = policy.pricing();
    this.calendar = new PeriodCalendar(policy.timezone());
    this.index = new PolicyIndex(policy);
    this.cascade = policy.cascade();
  }

  /** The policy this kernel enforces. */
  public Policy policy() {
    return policy;
  }

  /** The calendar of the policy's timezone. */
  public PeriodCalendar calendar() {
    return calendar;
  }

  /**
   * True when the policy admits {@code developer}: listed, or unlisted with {@code
   * developers.unknown: default-team}. {@link #decide} answers REJECT exactly when this is false.
   */
  public boolean admits(String developer, String teamHint) {
    return index.path(developer, teamHint) != null;
  }

  /**
   * The wallets {@code developer}'s requests are charged to, or null when the policy rejects them.
   * A gateway sharing spend between instances reads these wallets' spend before {@link #decide}.
   */
  public WalletPath path(String developer, String teamHint) {
    return index.path(developer, teamHint);
  }

  /** The policy's limit of wallet {@code id} in micro-dollars; 0 when the policy has none. */
  public long limitMicros(WalletId id) {
    return index.limitMicros(id);
  }

  /**
   * Every org, team and team-and-family wallet the policy budgets, in no particular order; the
   * developer wallets (one set per person) are left out.
   */
  public List<WalletId> budgetedWallets() {
    return index.sharedWallets();
  }

  /**
   * Decides {@code request} against the spend in {@code ledger}; reads its spend, never changes it.
   */
  public Decision decide(Ledger ledger, Request request) {
    return decide(ledger, request, index.path(request.developer(), request.teamHint()));
  }

  /**
   * As {@link #decide(Ledger, Request)}, with the request's wallet path already looked up: {@code
   * path} must be this kernel's {@link #path}{@code (request.developer(), request.teamHint())},
   * null when the policy rejects the developer. A caller that sees the same developers millions of
   * times (a replay) looks each one up once instead of hashing the name on every request.
   */
  public Decision decide(Ledger ledger, Request request, WalletPath path) {
    ResolvedModel asked = pricing.resolve(request.model());
    if (path == null) {
      return new Decision(
          request,
          null,
          Action.REJECT,
          asked.family(),
          request.model(),
          asked.family(),
          List.of(new Reason(ReasonKind.UNKNOWN_DEVELOPER, null, null, null, 0, 0, 0)),
          null,
          asked.known());
    }
    List<WalletPlan> wallets = path.wallets();
    // Each wallet's state is looked up once: a pause's reset time comes from the same state.
    WalletState[] states = new WalletState[wallets.size()];
    long[] spentBefore = new long[wallets.size()];
    for (int i = 0; i < spentBefore.length; i++) {
      states[i] = ledger.stateAt(wallets.get(i), index, request.time());
      spentBefore[i] = states[i] == null ? 0 : states[i].spentMicros();
    }
    RequestVariables variables =
        new RequestVariables(request, asked.family(), path, spentBefore, calendar.zone());
    List<Reason> reasons = new ArrayList<>(2);

    // Steps 1-2 and 4: active stages of every wallet on the path.
    int steps = 0;
    PauseNotice pause = null;
    for (int i = 0; i < spentBefore.length; i++) {
      WalletPlan wallet = wallets.get(i);
      long spent = spentBefore[i];
      List<Stage> stages = wallet.stages();
      for (int s = 0; s < stages.size(); s++) {
        Stage stage = stages.get(s);
        if (!wallet.reached(stage, spent)) {
          break; // stages are sorted by threshold
        }
        if (stage.action() == StageAction.ALERT || !holds(stage.when(), variables)) {
          continue;
        }
        long percent = Percent.of(spent, wallet.limitMicros());
        reasons.add(
            new Reason(
                ReasonKind.STAGE,
                wallet.id().key(),
                null,
                stage.action(),
                stage.atBasisPoints(),
                stage.steps(),
                percent));
        if (stage.action() == StageAction.PAUSE && pause == null) {
          pause =
              new PauseNotice(
                  wallet.id(),
                  percent,
                  spent,
                  wallet.limitMicros(),
                  resetAt(states[i], wallet.id(), request.time()),
                  // The org wallet alerts the fallback channel, not the team's manager.
                  wallet.id().scope() == Scope.ORG ? null : path.managerName());
        } else if (stage.action() == StageAction.DOWNGRADE) {
          steps = Math.max(steps, stage.steps());
        }
      }
    }
    if (pause != null) {
      return new Decision(
          request,
          path,
          Action.PAUSE,
          asked.family(),
          request.model(),
          asked.family(),
          reasons,
          pause,
          asked.known());
    }

    int original = cascade.indexOf(asked.family());
    if (original < 0) {
      // A family outside the cascade (e.g. fable when the cascade starts at opus) never moves.
      return allow(request, path, asked, reasons);
    }
    int last = cascade.size() - 1;
    int target = Math.min(original + steps, last);
    Action action = target > original ? Action.DOWNGRADE : Action.ALLOW;

    // Step 3: the first matching rule; a rule and a downgrade combine by taking the cheaper.
    for (Rule rule : policy.rules()) {
      if (holds(rule.when(), variables)) {
        reasons.add(new Reason(ReasonKind.RULE, null, rule.name(), null, 0, 0, 0));
        int ruled = cascade.indexOf(rule.routeTo());
        if (ruled > target) {
          target = ruled;
          action = Action.ROUTE;
        }
        break;
      }
    }

    // Step 5: skip families whose team sub-wallet is full; the last rung always has room.
    while (target < last) {
      WalletPlan full = fullSubWallet(path, cascade.get(target), request.time(), ledger);
      if (full == null) {
        break;
      }
      long spent = ledger.spentAt(full.id(), request.time());
      reasons.add(
          new Reason(
              ReasonKind.SUB_WALLET_FULL,
              full.id().key(),
              null,
              null,
              10_000,
              0,
              Percent.of(spent, full.limitMicros())));
      target++;
      action = Action.DOWNGRADE;
    }

    if (target == original) {
      return allow(request, path, asked, reasons);
    }
    String family = cascade.get(target);
    String model = rungModels.computeIfAbsent(asked.generation(), g -> rungModelsOf(asked))[target];
    if (pricier(model, asked, request)) {
      reasons.add(new Reason(ReasonKind.NOT_CHEAPER, null, null, null, 0, 0, 0));
      return allow(request, path, asked, reasons);
    }
    return new Decision(
        request, path, action, asked.family(), model, family, reasons, null, asked.known());
  }

  /**
   * True when {@code model} has any rate above the asked model's for a prompt of this size: a
   * cheaper family is not always cheaper (Sonnet 4.5 above 200K prompt tokens costs more than Opus
   * 4.5), and a downgrade must never raise a request's cost.
   */
  private boolean pricier(String model, ResolvedModel asked, Request request) {
    Rates to =
        pricing.priceAt(pricing.resolve(model), request.time()).ratesFor(request.inputTokens());
    Rates from = pricing.priceAt(asked, request.time()).ratesFor(request.inputTokens());
    return to.inputNanos() > from.inputNanos()
        || to.outputNanos() > from.outputNanos()
        || to.write5mNanos() > from.write5mNanos()
        || to.write1hNanos() > from.write1hNanos()
        || to.readNanos() > from.readNanos();
  }

  /**
   * Settles a decided request: prices {@code usage} on the routed model, charges every wallet on
   * the path (and the used family's sub-wallet), and reports the stages crossed. {@code usage} is
   * also what the original model is priced on for {@code originalCostMicros}.
   */
  public Settlement settle(Ledger ledger, Decision decision, Usage usage, Instant time) {
    return settle(ledger, decision, usage, usage, time);
  }

  /**
   * As {@link #settle(Ledger, Decision, Usage, Instant)}, with separate usages for the routed model
   * and for the original (the simulator projects cache effects of a model switch).
   */
  public Settlement settle(
      Ledger ledger, Decision decision, Usage routedUsage, Usage originalUsage, Instant time) {
    Request request = decision.request();
    long original = pricing.costMicros(pricing.resolve(request.model()), originalUsage, time);
    if (decision.action().refuses()) {
      return new Settlement(0, original, List.of());
    }
    long cost =
        decision.routedModel().equals(request.model()) && routedUsage.equals(originalUsage)
            ? original
            : pricing.costMicros(pricing.resolve(decision.routedModel()), routedUsage, time);
    List<StageCrossed> crossings =
        chargePath(
            ledger,
            decision.path(),
            decision.routedFamily(),
            cost,
            time,
            request.requestId(),
            new ArrayList<>(0));
    return new Settlement(cost, original, crossings);
  }

  /**
   * Charges a cost that was already settled and recorded (a decision-log line) to {@code
   * developer}'s path at {@code time}, exactly as {@link #settle} charges it: every wallet on the
   * path and {@code family}'s sub-wallets, marking the stages crossed as fired. The cost is taken
   * as recorded, never re-priced. Used to rebuild a ledger after a restart, replaying lines in the
   * order they were written; a developer the policy now rejects charges nothing.
   *
   * @param teamHint the team the record names, used only when the policy does not list the
   *     developer
   * @param family the family of the model the request used (its sub-wallets are charged)
   */
  public Settlement charge(
      Ledger ledger,
      String developer,
      String teamHint,
      String family,
      long costMicros,
      Instant time,
      String requestId) {
    if (costMicros < 0) {
      throw new IllegalArgumentException("a recorded cost cannot be negative");
    }
    WalletPath path = index.path(developer, teamHint);
    if (path == null) {
      return new Settlement(0, costMicros, List.of());
    }
    List<StageCrossed> crossings =
        chargePath(ledger, path, family, costMicros, time, requestId, new ArrayList<>(0));
    return new Settlement(costMicros, costMicros, crossings);
  }

  private List<StageCrossed> chargePath(
      Ledger ledger,
      WalletPath path,
      String family,
      long cost,
      Instant time,
      String requestId,
      List<StageCrossed> crossings) {
    // Indexed loops here and below: the kernel runs millions of times in a replay, and a list
    // iterator is an allocation the JIT does not always remove.
    List<WalletPlan> wallets = path.wallets();
    for (int i = 0; i < wallets.size(); i++) {
      charge(ledger, wallets.get(i), cost, path, time, requestId, crossings);
    }
    List<WalletPlan> subWallets = path.subWallets(family);
    for (int i = 0; i < subWallets.size(); i++) {
      charge(ledger, subWallets.get(i), cost, path, time, requestId, crossings);
    }
    return crossings;
  }

  private void charge(
      Ledger ledger,
      WalletPlan wallet,
      long cost,
      WalletPath path,
      Instant time,
      String requestId,
      List<StageCrossed> crossings) {
    WalletState state = ledger.current(wallet, index, calendar, time);
    state.add(cost);
    long spent = state.spentMicros();
    List<Stage> stages = wallet.stages();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      if (!wallet.reached(stage, spent)) {
        break;
      }
      if (stage.atBasisPoints() <= state.firedUpToBasisPoints()) {
        continue; // already fired this period: once per wallet, stage and period
      }
      crossings.add(
          new StageCrossed(
              time,
              wallet.id(),
              stage.action(),
              stage.atBasisPoints(),
              Percent.of(spent, wallet.limitMicros()),
              spent,
              wallet.limitMicros(),
              state.periodEnd(),
              wallet.channel(),
              path.developer(),
              path.team(),
              requestId));
    }
    for (int i = 0; i < stages.size(); i++) {
      if (wallet.reached(stages.get(i), spent)) {
        state.markFired(stages.get(i).atBasisPoints());
      }
    }
  }

  /**
   * The end of the wallet's current period: from its ledger state when tracked ({@code state} not
   * null), else the calendar.
   */
  private Instant resetAt(WalletState state, WalletId id, Instant time) {
    return state != null ? state.periodEnd() : calendar.end(id.period(), time);
  }

  private WalletPlan fullSubWallet(WalletPath path, String family, Instant time, Ledger ledger) {
    List<WalletPlan> subWallets = path.subWallets(family);
    for (int i = 0; i < subWallets.size(); i++) {
      WalletPlan sub = subWallets.get(i);
      WalletState state = ledger.stateAt(sub, index, time);
      if (state != null && state.spentMicros() >= sub.limitMicros()) {
        return sub;
      }
    }
    return null;
  }

  /** {@link #modelFor} each rung of the cascade, for models of {@code asked}'s generation. */
  private String[] rungModelsOf(ResolvedModel asked) {
    String[] models = new String[cascade.size()];
    for (int i = 0; i < models.length; i++) {
      models[i] = modelFor(cascade.get(i), asked);
    }
    return models;
  }

  /** SPEC 4 decide step 6: the rung's model, else the same generation, else the newest. */
  private String modelFor(String family, ResolvedModel asked) {
    String named = policy.models().get(family);
    if (named != null) {
      return named;
    }
    return pricing
        .modelOf(family, asked.generation())
        .or(() -> pricing.newestOf(family))
        .orElse(family);
  }

  private static boolean holds(Condition condition, RequestVariables variables) {
    return condition == Condition.ALWAYS || condition.test(variables);
  }

  private static Decision allow(
      Request request, WalletPath path, ResolvedModel asked, List<Reason> reasons) {
    return new Decision(
        request,
        path,
        Action.ALLOW,
        asked.family(),
        request.model(),
        asked.family(),
        reasons,
        null,
        asked.known());
  }
}
