/**
 * {@code when:} conditions: CEL expressions (library {@code dev.cel:cel}) over the variables of
 * {@link dev.ccgate.policy.ConditionVariable}, type-checked when the policy loads. Evaluation reads
 * {@link dev.ccgate.policy.ConditionInput} lazily. Conditions in a simple subset (comparisons of a
 * variable with a literal joined by {@code && || !}) run on a tree of Java predicates with CEL's
 * semantics instead of the CEL interpreter, which is about ten times slower.
 */
package dev.ccgate.policy.condition;
