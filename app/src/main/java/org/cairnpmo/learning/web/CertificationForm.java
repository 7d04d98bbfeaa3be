package org.cairnpmo.learning.web;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/** A certification as its form edits it: dates and numbers as typed. */
@Getter
@Setter
public class CertificationForm {

  private String kind;
  private String name;
  private String issuer;
  private String credentialId;
  private String issuedOn;
  private String expiresOn;
  private String creditsRequired;
  private String creditsOutside;

  /** The data the service takes; dates and numbers that are none are problems of their field. */
  CertificationData toData(Long userId) {
    List<FieldProblem> problems = new ArrayList<>();
    var issued = FormInput.date(issuedOn, "issuedOn", problems);
    var expires = FormInput.date(expiresOn, "expiresOn", problems);
    var required =
        FormInput.decimal(creditsRequired, "creditsRequired", "Enter a number.", problems);
    var outside = FormInput.decimal(creditsOutside, "creditsOutside", "Enter a number.", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CertificationData(
        userId,
        FormInput.choice(kind, CertificationKind.class, null),
        name,
        issuer,
        credentialId,
        issued,
        expires,
        required,
        outside,
        null);
  }
}
