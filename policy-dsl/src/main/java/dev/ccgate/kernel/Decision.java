package dev.ccgate.kernel;

import java.util.List;
import java.util.Objects;

/**
 * The kernel's answer for one request, with the reasons behind it.
 *
 * @param path where the request is charged (null when rejected)
 * @param originalFamily the asked model's family
 * @param routedModel the model to use (the asked id, unchanged, unless the family moved)
 * @param reasons every stage, rule or sub-wallet that shaped the decision, in path order
 * @param pause why it was paused, or null
 * @param knownModel false when the asked model is not in the price table (priced by its family's
 *     newest model; reports warn)
 */
public record Decision(
    Request request,
    WalletPath path,
    Action action,
    String originalFamily,
    String routedModel,
    String routedFamily,
    List<Reason> reasons,
    PauseNotice pause,
    boolean knownModel) {

  /** Validates the decision. */
  public Decision {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(routedModel, "routedModel");
    reasons = reasons.isEmpty() ? List.of() : List.copyOf(reasons);
  }

  /** The developer (canonical id when known to the policy). */
  public String developer() {
    return path == null ? request.developer() : path.developer();
  }

  /** The team the request is charged to, or null when rejected. */
  public String team() {
    return path == null ? null : path.team();
  }
}
