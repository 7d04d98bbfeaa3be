package org.cairnpmo.archive.bundle;

/** The names a bundle's {@code manifest.json} uses, in one place for the writer and the reader. */
final class Manifest {

  /**
   * The version of the bundle's own layout (manifest and the files it holds), not of its sections:
   * raised when a bundle holds a file an older Cairn does not know (2: {@code timesheets.json}). A
   * reader takes every layout up to its own.
   */
  static final int SCHEMA_VERSION = 2;

  static final String FILE = "manifest.json";
  static final String FINAL_REPORT = "final-report.pdf";

  private Manifest() {}

  static String cairnVersion() {
    String version = Manifest.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
