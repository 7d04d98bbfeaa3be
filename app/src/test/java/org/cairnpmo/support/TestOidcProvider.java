package org.cairnpmo.support;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID provider in the test JVM (NAV's mock-oauth2-server): discovery, authorization
 * endpoint, signed ID tokens, JWKS, userinfo and end of session, over HTTP on the port
 * application-test.yml gives Spring ({@code cairn.test.oidc-port}). It starts at its first use and
 * runs until the JVM ends; the application asks it for its configuration only at the first single
 * sign-on, so the shared Spring context does not wait for it.
 */
public final class TestOidcProvider {

  /** The issuer's id, the path under the server: the registration {@code test-idp}. */
  public static final String ISSUER = "test-idp";

  /** The client id the registration names: the audience of the ID tokens. */
  public static final String CLIENT_ID = "cairn-test";

  private static MockOAuth2Server server;

  private TestOidcProvider() {}

  /** The build gives each test JVM its own port. */
  public static int port() {
    String port = System.getProperty("cairn.test.oidc-port");
    return port == null || port.isBlank() ? 39035 : Integer.parseInt(port.strip());
  }

  /** The running provider, started now if it is not yet. */
  public static synchronized MockOAuth2Server server() {
    if (server == null) {
      MockOAuth2Server started = new MockOAuth2Server();
      started.start(port());
      server = started;
    }
    return server;
  }

  /**
   * The next sign-in at the provider vouches for {@code subject} with {@code claims} (the token
   * requests of one test JVM come one after the other).
   */
  public static void nextSignIn(String subject, Map<String, Object> claims) {
    server()
        .enqueueCallback(
            new DefaultOAuth2TokenCallback(
                ISSUER, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
  }

  /** The provider's end-of-session address, where single logout sends the browser. */
  public static String endSessionUrl() {
    return server().endSessionEndpointUrl(ISSUER).toString();
  }
}
