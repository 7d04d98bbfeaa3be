package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

class AssetUrlEncodingFilterTest extends IntegrationTest {

  @Autowired List<FilterRegistrationBean<?>> registrations;

  @Test
  void it_is_the_only_resource_url_filter_of_the_application() {
    assertThat(registrations)
        .map(FilterRegistrationBean::getFilter)
        .filteredOn(ResourceUrlEncodingFilter.class::isInstance)
        .singleElement()
        .isInstanceOf(AssetUrlEncodingFilter.class);
  }

  @Test
  void only_asset_links_are_looked_up_and_their_query_and_fragment_stay() throws Exception {
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

    assertThat(AssetUrlEncodingFilter.versioned(request, "/cairn/projects/42?tab=status"))
        .isEqualTo("/cairn/projects/42?tab=status");
    assertThat(AssetUrlEncodingFilter.versioned(request, "/cairn/projects/css/x"))
        .isEqualTo("/cairn/projects/css/x");
    assertThat(
            AssetUrlEncodingFilter.versioned(
                request, "/cairn/webjars/htmx.org/dist/htmx.min.js?v=1#x"))
        .isEqualTo("/cairn/webjars/htmx.org/2.0.10/dist/htmx.min.js?v=1#x");
    assertThat(asked).containsExactly("htmx.org/dist/htmx.min.js");
  }

  @Test
  void pages_link_assets_by_their_content_and_browsers_keep_them_for_a_year() throws Exception {
    String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    Matcher styles = Pattern.compile("href=\"(/css/cairn-[0-9a-f]{32}\\.css)\"").matcher(page);
    assertThat(styles.find()).as("the style sheet's link in %s", page).isTrue();
    Matcher icon = Pattern.compile("href=\"(/favicon-[0-9a-f]{32}\\.svg)\"").matcher(page);
    assertThat(icon.find()).as("the icon's link").isTrue();

    for (String asset : List.of(styles.group(1), icon.group(1))) {
      mvc.perform(get(asset))
          .andExpect(status().isOk())
          .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
    }
  }

  @Test
  void without_the_resource_chain_links_stay_as_written() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    assertThat(AssetUrlEncodingFilter.versioned(request, "/webjars/htmx.org/dist/htmx.min.js"))
        .isEqualTo("/webjars/htmx.org/dist/htmx.min.js");
  }
}
