package org.cairnpmo.identity.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID providers configured the way Spring Boot reads them ({@code
 * spring.security.oauth2.client.registration.<id>.*} and {@code ...provider.<id>.issuer-uri}).
 * Unlike Spring Boot, which asks every issuer for its configuration while the application starts, a
 * provider is asked at its first sign-in and remembered once it answered: Cairn starts while a
 * provider is unreachable, and the tests' shared application starts before their provider does.
 * With no registration, single sign-on is off and nothing of it is set up.
 */
@Component
class SsoProviders {

  private static final String PREFIX = "spring.security.oauth2.client";

  private final OAuth2ClientProperties properties;
  private final Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();

  SsoProviders(Environment environment) {
    this.properties =
        Binder.get(environment)
            .bind(PREFIX, OAuth2ClientProperties.class)
            .orElseGet(OAuth2ClientProperties::new);
    properties.validate();
  }

  /** A provider to sign in with, as the sign-in page offers it. */
  record Provider(String id, String name) {}

  boolean configured() {
    return !properties.getRegistration().isEmpty();
  }

  /** The providers by id, each under its client name (else its id). */
  List<Provider> providers() {
    List<Provider> providers = new ArrayList<>();
    properties
        .getRegistration()
        .forEach(
            (id, registration) ->
                providers.add(
                    new Provider(
                        id,
                        registration.getClientName() == null ? id : registration.getClientName())));
    providers.sort(java.util.Comparator.comparing(Provider::id));
    return providers;
  }

  /**
   * The origins of the providers' configured addresses: a sign-out form's answer redirects there
   * (single logout), which the pages' Content-Security-Policy must allow.
   */
  Set<String> origins() {
    Set<String> origins = new LinkedHashSet<>();
    properties
        .getProvider()
        .values()
        .forEach(
            provider -> {
              for (String uri :
                  new String[] {provider.getIssuerUri(), provider.getAuthorizationUri()}) {
                origin(uri, origins);
              }
            });
    return origins;
  }

  private static void origin(String uri, Set<String> origins) {
    if (uri == null || uri.isBlank()) {
      return;
    }
    URI parsed = URI.create(uri.trim());
    if (parsed.getScheme() != null && parsed.getAuthority() != null) {
      origins.add(parsed.getScheme() + "://" + parsed.getAuthority());
    }
  }

  /**
   * The registration {@code id}, its provider asked for its configuration now if not yet; null if
   * no such registration is configured.
   */
  ClientRegistration find(String id) {
    ClientRegistration known = resolved.get(id);
    if (known != null || !properties.getRegistration().containsKey(id)) {
      return known;
    }
    OAuth2ClientProperties.Registration registration = properties.getRegistration().get(id);
    OAuth2ClientProperties one = new OAuth2ClientProperties();
    one.getRegistration().put(id, registration);
    String providerId = registration.getProvider() == null ? id : registration.getProvider();
    OAuth2ClientProperties.Provider provider = properties.getProvider().get(providerId);
    if (provider != null) {
      one.getProvider().put(providerId, provider);
    }
    ClientRegistration fresh =
        new OAuth2ClientPropertiesMapper(one).asClientRegistrations().get(id);
    resolved.put(id, fresh);
    return fresh;
  }

  /** Spring Security's view of the providers, there only when one is configured. */
  @Configuration(proxyBeanMethods = false)
  static class Registrations {

    @Bean
    @ConditionalOnOAuth2ClientRegistrationProperties
    ClientRegistrationRepository ssoClientRegistrations(SsoProviders providers) {
      return providers::find;
    }
  }
}
