package org.cairnpmo.portfolio;

import java.util.List;

/**
 * The project templates an approval may name, so that the project made from a proposal starts from
 * one. The portfolio asks; the practices module answers and, once the register has made the
 * project, gives it what the template holds (practices depends on the portfolio, not the other way
 * round). Without an implementation no template can be named.
 */
public interface ProjectTemplateCatalog {

  /** The templates a project can be made from now (published versions), by name. */
  List<TemplateChoice> usableTemplates();

  /** A template as an approval names it. */
  record TemplateChoice(long id, String label) {}
}
