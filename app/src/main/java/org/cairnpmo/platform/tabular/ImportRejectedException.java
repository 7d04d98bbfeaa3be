package org.cairnpmo.platform.tabular;

import java.util.List;

/** An import was refused because rows are wrong: nothing was stored; every problem is listed. */
public class ImportRejectedException extends RuntimeException {

  private final List<RowProblem> problems;

  public ImportRejectedException(List<RowProblem> problems) {
    super(
        "Nothing was imported: the file has "
            + problems.size()
            + " problem(s). Correct them and import the whole file again.");
    this.problems = List.copyOf(problems);
  }

  public List<RowProblem> problems() {
    return problems;
  }
}
