package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The problem type and sentence an error answers with, for the error page and problem+json. */
class CairnErrorWordingTest {

  @Test
  void a_status_with_words_of_its_own_is_named_and_explained_by_them() {
    assertThat(CairnErrorController.slug(HttpStatus.NOT_FOUND)).isEqualTo("not-found");
    assertThat(CairnErrorController.detailFor(HttpStatus.NOT_FOUND))
        .isEqualTo("There is nothing at this address.");
    assertThat(CairnErrorController.slug(HttpStatus.METHOD_NOT_ALLOWED))
        .isEqualTo("method-not-allowed");
    assertThat(CairnErrorController.slug(HttpStatus.CONTENT_TOO_LARGE))
        .isEqualTo("content-too-large");
    assertThat(CairnErrorController.detailFor(HttpStatus.UNAUTHORIZED)).startsWith("Sign in first");
  }

  @Test
  void a_too_long_address_is_a_bad_request_that_says_so() {
    for (HttpStatus status :
        new HttpStatus[] {HttpStatus.URI_TOO_LONG, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE}) {
      assertThat(CairnErrorController.slug(status)).isEqualTo("bad-request");
      assertThat(CairnErrorController.detailFor(status))
          .isEqualTo(
              "The address or its headers are too long. Use fewer or shorter query parameters.");
    }
  }

  @Test
  void any_other_status_has_the_words_of_its_class() {
    assertThat(CairnErrorController.slug(HttpStatus.CONFLICT)).isEqualTo("bad-request");
    assertThat(CairnErrorController.detailFor(HttpStatus.CONFLICT))
        .isEqualTo("The request could not be handled. Check the address and what was sent.");
    assertThat(CairnErrorController.slug(HttpStatus.BAD_GATEWAY)).isEqualTo("internal-error");
    assertThat(CairnErrorController.detailFor(HttpStatus.BAD_GATEWAY))
        .isEqualTo("Something went wrong on our side. The error has been logged.");
  }
}
