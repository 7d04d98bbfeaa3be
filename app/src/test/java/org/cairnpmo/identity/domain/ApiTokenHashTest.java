package org.cairnpmo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiTokenHashTest {

  @Test
  void tokens_are_stored_as_sha256_hex() {
    // SHA-256("abc") from FIPS 180-2, appendix B.1
    assertThat(ApiTokenService.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
