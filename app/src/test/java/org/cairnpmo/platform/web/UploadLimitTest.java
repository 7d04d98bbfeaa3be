package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the multipart limit is refused while Tomcat reads the request, which MockMvc never
 * does, so the advice is checked here on its own; a run against the packaged server with a 12 MB
 * file gave the same answers (413 problem+json on the API, the error page naming the limit).
 */
class UploadLimitTest {

  private final UploadLimit limit = new UploadLimit(DataSize.ofMegabytes(10));
  private final MaxUploadSizeExceededException refused =
      new MaxUploadSizeExceededException(DataSize.ofMegabytes(10).toBytes());

  @Test
  void an_api_upload_over_the_limit_answers_problem_json_naming_the_limit() throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/api/v1/projects/1/plan/import");
    ResponseEntity<ProblemDetail> answer = limit.tooLarge(refused, request);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    assertThat(answer.getBody().getType().toString()).endsWith("/content-too-large");
    assertThat(answer.getBody().getDetail())
        .isEqualTo(
            "The file is larger than 10 MB, the largest upload Cairn accepts. Send a smaller"
                + " file.");
  }

  @Test
  void a_page_upload_is_left_to_the_error_page() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/projects/1/plan/import");
    assertThatThrownBy(() -> limit.tooLarge(refused, request)).isSameAs(refused);
  }
}
