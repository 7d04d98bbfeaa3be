/**
 * Portfolio selection: scenarios over candidate proposals, optimizer runs with the exact selector
 * of {@code engine/selection}, the efficient frontier, comparison and the commit that approves the
 * selected proposals.
 */
package org.cairnpmo.portfolio.selection;
