package org.cairnpmo.practices.templates.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.practices.templates.NewProjectData;
import org.springframework.format.annotation.DateTimeFormat;

/** The "new project from a template" form, as the page binds it. */
@Getter
@Setter
public class NewProjectForm {

  private String code;
  private String name;
  private String description;
  private Long departmentId;
  private Long sponsorId;
  private Long managerId;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate plannedStart;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate plannedFinish;

  private BigDecimal budgetAmount;
  private String budgetCurrency = "EUR";
  private boolean confidential;

  NewProjectData toData() {
    return new NewProjectData(
        code == null ? null : code.trim(),
        name == null ? null : name.trim(),
        description,
        departmentId,
        sponsorId,
        managerId,
        null,
        plannedStart,
        plannedFinish,
        budgetAmount,
        // A currency alone is no budget: the register asks for the amount then.
        budgetAmount == null || budgetCurrency == null || budgetCurrency.isBlank()
            ? null
            : budgetCurrency.trim(),
        confidential);
  }
}
