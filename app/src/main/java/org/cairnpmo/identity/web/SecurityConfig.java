package org.cairnpmo.identity.web;

import java.util.Map;
import org.cairnpmo.identity.domain.AddressThrottle;
import org.cairnpmo.identity.domain.ApiTokenService;
import org.cairnpmo.identity.domain.IdentityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors: the JSON API (stateless; HTTP Basic or personal access tokens; answers in
 * problem+json) and the web pages (form login and, when a provider is configured, single sign-on
 * with OpenID Connect; session, CSRF).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  /** The prefix of the error codes {@link SsoUserService} refuses a single sign-on with. */
  static final String SSO_REFUSAL = "cairn_";

  private static final String[] PUBLIC_ASSETS = {
    "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon*.svg", "/error"
  };

  /**
   * BCrypt at the configured cost for every new hash. {@code noop} only reads the unguessable
   * placeholder of accounts that have no password (a user signing in through a token); a stored
   * hash of any cost is checked at the cost it names.
   */
  @Bean
  @SuppressWarnings("deprecation")
  PasswordEncoder passwordEncoder(IdentityProperties properties) {
    return new DelegatingPasswordEncoder(
        "bcrypt",
        Map.of(
            "bcrypt",
            new BCryptPasswordEncoder(properties.security().passwordHashCost()),
            "noop",
            NoOpPasswordEncoder.getInstance()));
  }

  private static final String DEVICES_OFF =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  /** An API answer is data, never a document to render: nothing in it may load or run. */
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
    return new DefaultAuthenticationEventPublisher(publisher);
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, AddressThrottle throttle)
      throws Exception {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    // An API client reads the API's description with the API's own credentials; a browser
    // without them still goes through the pages' sign-in (Swagger UI uses the session).
    RequestMatcher apiDocsWithCredentials =
        new AndRequestMatcher(
            paths.matcher("/v3/api-docs/**"),
            request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null);
    http.securityMatcher(
            new OrRequestMatcher(
                paths.matcher("/api/**"), paths.matcher("/actuator/**"), apiDocsWithCredentials))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::unauthorized))
        .addFilterBefore(new AddressThrottleFilter(throttle, true), BasicAuthenticationFilter.class)
        .addFilterBefore(new BearerTokenFilter(tokens, throttle), BasicAuthenticationFilter.class)
        .addFilterAfter(new OneTimePasswordApiGuard(), BasicAuthenticationFilter.class)
        .headers(
            headers ->
                headers
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                    .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", DEVICES_OFF))
                    .contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        // Stateless: no cookie authenticates an API call, so there is nothing to forge.
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(SecurityConfig::unauthorized)
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            ProblemResponses.write(
                                response,
                                403,
                                "forbidden",
                                "Forbidden",
                                "You are not allowed to do this.")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(
      HttpSecurity http,
      SecurityContextRepository contextRepository,
      AddressThrottle throttle,
      SsoProviders sso,
      ObjectProvider<ClientRegistrationRepository> registrations,
      SsoUserService ssoUsers)
      throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(PUBLIC_ASSETS)
                    .permitAll()
                    .requestMatchers("/login")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .securityContext(c -> c.securityContextRepository(contextRepository))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(loginFailure())
                    .permitAll())
        .logout(logout -> logout.logoutSuccessHandler(signedOut(sso, registrations)).permitAll())
        .addFilterBefore(
            new AddressThrottleFilter(throttle, false), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(
            new PasswordChangeGate(),
            org.springframework.security.web.access.intercept.AuthorizationFilter.class)
        .headers(
            headers ->
                headers
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    // No page of Cairn's needs a camera, a microphone, a location or payments,
                    // and no other site's window may hold a reference to one of its pages.
                    .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", DEVICES_OFF))
                    .crossOriginOpenerPolicy(
                        coop ->
                            coop.policy(
                                CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy
                                    .SAME_ORIGIN))
                    // Scripts only from Cairn's own files: no inline script or handler runs, so
                    // injected markup cannot execute. Inline styles stay allowed (style attributes
                    // in the templates, htmx's indicator style); they cannot run code.
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                    + " 'unsafe-inline'; script-src 'self'; object-src 'none';"
                                    + " base-uri 'self'; form-action 'self'"
                                    + providerOrigins(sso)
                                    + "; frame-ancestors 'none'")));
    if (sso.configured()) {
      http.oauth2Login(
          oidc ->
              oidc.loginPage("/login")
                  .clientRegistrationRepository(registrations.getObject())
                  .authorizedClientRepository(new NoAuthorizedClients())
                  .userInfoEndpoint(userInfo -> userInfo.oidcUserService(ssoUsers))
                  .defaultSuccessUrl("/", false)
                  .failureHandler(SecurityConfig::ssoFailure)
                  .permitAll());
    }
    return http.build();
  }

  /**
   * After sign-out, a person who came through single sign-on is sent to their provider's end of
   * session (when it names one), which sends them back to the sign-in page: the provider's session
   * ends too. Everyone else goes straight to the sign-in page.
   */
  private static LogoutSuccessHandler signedOut(
      SsoProviders sso, ObjectProvider<ClientRegistrationRepository> registrations) {
    if (!sso.configured()) {
      SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
      local.setDefaultTargetUrl("/login?logout");
      return local;
    }
    OidcClientInitiatedLogoutSuccessHandler single =
        new OidcClientInitiatedLogoutSuccessHandler(registrations.getObject());
    single.setPostLogoutRedirectUri("{baseUrl}/login?logout");
    single.setDefaultTargetUrl("/login?logout");
    return single;
  }

  /** The sign-out form's answer may redirect to a provider's end of session. */
  private static String providerOrigins(SsoProviders sso) {
    StringBuilder origins = new StringBuilder();
    sso.origins().forEach(origin -> origins.append(' ').append(origin));
    return origins.toString();
  }

  /** A refused or failed single sign-on ends on the sign-in page, which says why. */
  private static void ssoFailure(
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.security.core.AuthenticationException exception)
      throws java.io.IOException {
    String reason = "failed";
    if (exception instanceof OAuth2AuthenticationException oauth
        && oauth.getError().getErrorCode().startsWith(SSO_REFUSAL)) {
      reason = oauth.getError().getErrorCode().substring(SSO_REFUSAL.length());
    }
    response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
  }

  private static AuthenticationFailureHandler loginFailure() {
    return (request, response, exception) ->
        response.sendRedirect(
            request.getContextPath()
                + (exception instanceof LockedException
                    ? "/login?locked"
                    : exception instanceof DisabledException ? "/login?disabled" : "/login?error"));
  }

  private static void unauthorized(
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.security.core.AuthenticationException exception)
      throws java.io.IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Cairn\", Bearer");
    String detail =
        exception instanceof LockedException
            ? "This account is locked for a while after repeated failed sign-ins."
            : "Sign in with HTTP Basic or a personal access token (Authorization: Bearer ...).";
    ProblemResponses.write(response, 401, "unauthorized", "Unauthorized", detail);
  }
}
