/**
 * Criteria weights from pairwise judgements by the Analytic Hierarchy Process (Saaty), with the
 * consistency check that tells a scoring committee whether its judgements can be trusted.
 */
package org.cairnpmo.engine.weighting;
