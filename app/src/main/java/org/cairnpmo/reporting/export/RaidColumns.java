package org.cairnpmo.reporting.export;

import java.util.List;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.RiskView;

/**
 * Columns that the lists of a project's risks and issues share with the risks and issues sheets of
 * its status report.
 */
final class RaidColumns {

  private RaidColumns() {}

  static final Column<RiskView> RESPONSE =
      Column.of("Response", r -> r.strategy() == null ? null : r.strategy().label());

  /**
   * What a risk is and how it is rated, the columns every table of risks starts with; {@code scale}
   * follows the probability and impact headers.
   */
  static List<Column<RiskView>> assessment(String scale) {
    return List.of(
        Column.of("Risk", RiskView::title),
        Column.of("Cause", RiskView::cause),
        Column.of("Event", RiskView::event),
        Column.of("Effect", RiskView::effect),
        Column.of("Probability" + scale, RiskView::probability),
        Column.of("Impact" + scale, RiskView::impact),
        Column.of("Score", RiskView::score),
        Column.of("Level", r -> r.level().label()));
  }

  /**
   * What an issue is, how severe, whose and by when: the columns every table of issues starts with.
   */
  static final List<Column<IssueView>> ISSUE =
      List.of(
          Column.of("Issue", IssueView::title),
          Column.of("Description", IssueView::description),
          Column.of("Severity", i -> i.severity().label()),
          Column.of("Owner", IssueView::ownerName),
          Column.of("Due", IssueView::dueDate));
}
