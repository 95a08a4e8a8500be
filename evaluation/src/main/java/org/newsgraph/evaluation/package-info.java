/**
 * Scores the knowledge graph against gold facts by the rules of {@code shared/eval/score.py}, of which this
 * package is a faithful port.
 *
 * <p>{@link org.newsgraph.evaluation.Evaluator} runs the four canned queries over a dataset and scores them;
 * {@link org.newsgraph.evaluation.Scorer} scores result tables ({@link org.newsgraph.evaluation.ResultRows})
 * against {@link org.newsgraph.evaluation.Gold}; {@link org.newsgraph.evaluation.Scores} prints the figures as
 * score.py does ({@code format()}, {@code toJson()}). The matching rules themselves are in
 * {@link org.newsgraph.evaluation.MatchRules}.
 */
package org.newsgraph.evaluation;
