package org.cairnpmo.archive.web;

import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.archive.retention.RetentionViews;
import org.cairnpmo.platform.web.EditForm;

/** The edit form of a retention rule: its years; the scope is what the rule is, never changed. */
@Getter
@Setter
public class RetentionRuleForm extends EditForm {

  private Integer keepYears;

  static RetentionRuleForm of(RetentionViews.Rule rule) {
    RetentionRuleForm form = new RetentionRuleForm();
    form.keepYears = rule.keepYears();
    form.version = rule.version();
    return form;
  }
}
