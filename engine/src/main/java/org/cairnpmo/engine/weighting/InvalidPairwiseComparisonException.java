package org.cairnpmo.engine.weighting;

/**
 * Judgements that do not form a pairwise comparison matrix AHP can weigh: not square, off Saaty's
 * 1/9–9 scale, a diagonal other than 1, or a judgement and its mirror that are not reciprocal.
 *
 * <p>A type of its own so that the application can map it to 422; the message names the cell and
 * the expected value, for the person who entered it.
 */
public final class InvalidPairwiseComparisonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidPairwiseComparisonException(String message) {
    super(message);
  }
}
