package org.cairnpmo.archive.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairnpmo.archive.domain.ArchiveSettings;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.databind.json.JsonMapper;

class BundleReaderTest {

  @Test
  void a_bundle_over_the_upload_limit_is_refused_and_leaves_no_file_behind() throws Exception {
    ArchiveSettings settings =
        new ArchiveSettings(
            DataSize.ofKilobytes(1),
            DataSize.ofKilobytes(2),
            ArchiveSettings.Storage.DATABASE,
            Path.of("unused"),
            null);
    BundleReader reader =
        new BundleReader(settings, new BundleSections(List.of()), JsonMapper.builder().build());
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long before = countBundleDirs(tmp);
    assertThatThrownBy(() -> reader.open(new ByteArrayInputStream(new byte[4096]), "big.zip"))
        .isInstanceOf(MaxUploadSizeExceededException.class);
    assertThat(countBundleDirs(tmp)).isEqualTo(before);
  }

  private static long countBundleDirs(Path tmp) throws Exception {
    try (var all = Files.list(tmp)) {
      return all.filter(p -> p.getFileName().toString().startsWith("cairn-bundle-")).count();
    }
  }
}
