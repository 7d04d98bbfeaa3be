package org.cairnpmo.practices.maturity;

/**
 * The five levels every question is answered on, and the overall level an assessment reaches. The
 * general descriptors hold for every area; a question says what each level means for it.
 */
public enum MaturityLevel {
  INITIAL(1, "Initial", "Ad hoc: results depend on individual effort and heroics."),
  MANAGED(2, "Managed", "Basic practices exist on some projects and are repeated by habit."),
  DEFINED(3, "Defined", "A documented standard is followed across projects."),
  MEASURED(4, "Quantitatively managed", "Practices are measured and steered with data."),
  OPTIMIZING(5, "Optimizing", "Measures and lessons drive continuous improvement.");

  private final int value;
  private final String label;
  private final String descriptor;

  MaturityLevel(int value, String label, String descriptor) {
    this.value = value;
    this.label = label;
    this.descriptor = descriptor;
  }

  public int value() {
    return value;
  }

  public String label() {
    return label;
  }

  public String descriptor() {
    return descriptor;
  }

  public static MaturityLevel of(int value) {
    return values()[Math.max(1, Math.min(5, value)) - 1];
  }
}
