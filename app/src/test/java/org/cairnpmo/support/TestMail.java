package org.cairnpmo.support;

/** The SMTP port the tests' mail server listens on: the one application-test.yml gives Spring. */
public final class TestMail {

  private TestMail() {}

  /** The build gives each test JVM its own port, so two mail tests never meet on one. */
  public static int port() {
    String port = System.getProperty("cairn.test.smtp-port");
    return port == null || port.isBlank() ? 39025 : Integer.parseInt(port.strip());
  }
}
