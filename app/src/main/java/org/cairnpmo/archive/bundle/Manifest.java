package org.cairnpmo.archive.bundle;

/** The names a bundle's {@code manifest.json} uses, in one place for the writer and the reader. */
final class Manifest {

  /** The version of the bundle's own layout (manifest and file names), not of its sections. */
  static final int SCHEMA_VERSION = 1;

  static final String FILE = "manifest.json";
  static final String FINAL_REPORT = "final-report.pdf";

  private Manifest() {}

  static String cairnVersion() {
    String version = Manifest.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
