package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

class WebjarUrlEncodingFilterTest extends IntegrationTest {

  @Autowired List<FilterRegistrationBean<?>> registrations;

  @Test
  void it_is_the_only_resource_url_filter_of_the_application() {
    assertThat(registrations)
        .map(FilterRegistrationBean::getFilter)
        .filteredOn(ResourceUrlEncodingFilter.class::isInstance)
        .singleElement()
        .isInstanceOf(WebjarUrlEncodingFilter.class);
  }

  @Test
  void only_webjar_links_are_looked_up_and_their_query_and_fragment_stay() throws Exception {
    List<String> asked = new ArrayList<>();
    ResourceHttpRequestHandler webjars = new ResourceHttpRequestHandler();
    webjars.setLocations(List.of(new ClassPathResource("META-INF/resources/webjars/")));
    webjars.setResourceResolvers(
        List.of(
            new AbstractResourceResolver() {
              @Override
              protected Resource resolveResourceInternal(
                  HttpServletRequest request,
                  String requestPath,
                  List<? extends Resource> locations,
                  ResourceResolverChain chain) {
                return null;
              }

              @Override
              protected String resolveUrlPathInternal(
                  String path, List<? extends Resource> locations, ResourceResolverChain chain) {
                asked.add(path);
                return path.replace("htmx.org/", "htmx.org/2.0.10/");
              }
            }));
    webjars.afterPropertiesSet();
    ResourceUrlProvider provider = new ResourceUrlProvider();
    provider.setHandlerMap(Map.of("/webjars/**", webjars));
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setContextPath("/cairn");
    request.setAttribute(
        ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);

    assertThat(WebjarUrlEncodingFilter.versioned(request, "/cairn/projects/42?tab=status"))
        .isEqualTo("/cairn/projects/42?tab=status");
    assertThat(WebjarUrlEncodingFilter.versioned(request, "/cairn/css/cairn.css"))
        .isEqualTo("/cairn/css/cairn.css");
    assertThat(
            WebjarUrlEncodingFilter.versioned(
                request, "/cairn/webjars/htmx.org/dist/htmx.min.js?v=1#x"))
        .isEqualTo("/cairn/webjars/htmx.org/2.0.10/dist/htmx.min.js?v=1#x");
    assertThat(asked).containsExactly("htmx.org/dist/htmx.min.js");
  }

  @Test
  void without_the_resource_chain_links_stay_as_written() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    assertThat(WebjarUrlEncodingFilter.versioned(request, "/webjars/htmx.org/dist/htmx.min.js"))
        .isEqualTo("/webjars/htmx.org/dist/htmx.min.js");
  }
}
