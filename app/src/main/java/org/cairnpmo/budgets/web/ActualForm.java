package org.cairnpmo.budgets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.ActualsImport;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/**
 * An actual cost as the page's form sends it, kept as typed so that a mistake is shown again as it
 * was written. {@link #problems} are what the form cannot read; the rules of a cost are the
 * domain's.
 */
record ActualForm(
    String date,
    String period,
    String amount,
    String category,
    String costType,
    String description,
    String reference) {

  static final ActualForm EMPTY = new ActualForm(null, null, null, null, null, null, null);

  /** The cost to record; a field the form cannot read is left empty (see {@link #problems}). */
  ActualData toData() {
    return new ActualData(
        parsedDate(),
        period,
        FormInput.choice(category, CostCategory.class, null),
        FormInput.choice(costType, CostType.class, null),
        parsedAmount(),
        description,
        reference);
  }

  /** The fields the form cannot read: a date that is not one, an amount that is not a number. */
  List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (!FormInput.blank(date) && parsedDate() == null) {
      problems.add(new FieldProblem("date", "Use a date as YYYY-MM-DD."));
    }
    if (!FormInput.blank(amount) && parsedAmount() == null) {
      problems.add(new FieldProblem("amount", "Use a number such as 1250.50."));
    }
    return problems;
  }

  private LocalDate parsedDate() {
    if (FormInput.blank(date)) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A number as people type it (1250.5, 1,250.50, 1.250,50), or null. */
  private BigDecimal parsedAmount() {
    return FormInput.blank(amount) ? null : ActualsImport.number(amount.strip());
  }
}
