package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** A body sent without a length (chunked) is read up to the limit and no further. */
class BodyLimitTest {

  private final BodyLimit filter = new BodyLimit(JsonMapper.builder().build());

  @Test
  void a_body_of_unknown_length_fails_once_past_the_limit() throws Exception {
    MockHttpServletRequest request = unknownLength(new byte[(int) BodyLimit.MAX_BYTES + 10]);
    long[] read = {0};

    assertThatThrownBy(
            () ->
                filter.doFilter(
                    request,
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      InputStream in = req.getInputStream();
                      byte[] buffer = new byte[8192];
                      for (int n; (n = in.read(buffer)) > 0; ) {
                        read[0] += n;
                      }
                    }))
        .isInstanceOf(BodyLimit.TooLarge.class);
    assertThat(read[0]).isLessThanOrEqualTo(BodyLimit.MAX_BYTES);
  }

  @Test
  void a_body_of_unknown_length_within_the_limit_is_read_whole() throws Exception {
    MockHttpServletRequest request = unknownLength(new byte[(int) BodyLimit.MAX_BYTES]);
    long[] read = {0};

    filter.doFilter(
        request,
        new MockHttpServletResponse(),
        (req, res) -> read[0] = req.getInputStream().readAllBytes().length);

    assertThat(read[0]).isEqualTo(BodyLimit.MAX_BYTES);
  }

  @Test
  void a_page_form_over_the_limit_gets_a_413_without_being_read() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/projects");
    request.setContentType("application/x-www-form-urlencoded");
    request.setContent(new byte[(int) BodyLimit.MAX_BYTES + 1]);
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(
        request,
        response,
        (req, res) -> {
          throw new AssertionError("not passed on");
        });

    assertThat(response.getStatus()).isEqualTo(413);
  }

  private static MockHttpServletRequest unknownLength(byte[] body) {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/api/v1/projects") {
          @Override
          public long getContentLengthLong() {
            return -1;
          }

          @Override
          public int getContentLength() {
            return -1;
          }
        };
    request.setContentType("application/json");
    request.setContent(body);
    return request;
  }
}
