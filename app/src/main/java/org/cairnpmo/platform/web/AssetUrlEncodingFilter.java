package org.cairnpmo.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Writes the links of the application's own assets with their version, so that browsers may keep
 * them for a year ({@code spring.web.resources.cache}): a webjar link gets the webjar's version
 * ({@code /webjars/htmx.org/dist/htmx.min.js} becomes {@code
 * /webjars/htmx.org/2.0.10/dist/htmx.min.js}), a style sheet, script or icon of the application
 * gets a hash of its content ({@code /css/cairn.css} becomes {@code /css/cairn-5d41….css}), so a
 * new release is fetched at once. Every other link is left alone.
 *
 * <p>It replaces Spring Boot's {@link ResourceUrlEncodingFilter}, which asks the resource chain
 * about every link a page writes: page links such as {@code /projects/42} match the static
 * resources' {@code /**} pattern, so each one was looked up (and missed) in the application's jar.
 * On a dashboard page with thousands of links that was about 40 % of the time spent.
 */
public class AssetUrlEncodingFilter extends ResourceUrlEncodingFilter {

  /** Where the assets are; the resource chain knows their versions. */
  private static final List<String> ASSET_PREFIXES =
      List.of("/webjars/", "/css/", "/js/", "/favicon.svg");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse httpResponse)) {
      throw new ServletException("AssetUrlEncodingFilter serves HTTP requests only");
    }
    chain.doFilter(
        request,
        new HttpServletResponseWrapper(httpResponse) {
          @Override
          public String encodeURL(String url) {
            return super.encodeURL(versioned(http, url));
          }
        });
  }

  /** The link with its version when it names an asset; otherwise as it is. */
  static String versioned(HttpServletRequest request, String url) {
    String context = request.getContextPath();
    if (url == null || !namesAsset(url, context)) {
      return url;
    }
    // Set by Spring MVC's interceptor once the request reaches a handler.
    Object provider =
        request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
    if (!(provider instanceof ResourceUrlProvider resources)) {
      return url;
    }
    int end = url.length();
    for (char c : new char[] {'?', '#'}) {
      int at = url.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    String resolved = resources.getForLookupPath(url.substring(context.length(), end));
    return resolved == null ? url : context + resolved + url.substring(end);
  }

  private static boolean namesAsset(String url, String context) {
    if (!url.startsWith(context)) {
      return false;
    }
    for (String prefix : ASSET_PREFIXES) {
      if (url.startsWith(prefix, context.length())) {
        return true;
      }
    }
    return false;
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** Takes the place of Boot's filter, which backs off when one of this type exists. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
      FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
          new FilterRegistrationBean<>(new AssetUrlEncodingFilter());
      registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
      return registration;
    }
  }
}
