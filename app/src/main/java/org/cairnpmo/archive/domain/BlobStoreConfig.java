package org.cairnpmo.archive.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The blob store {@code cairn.archive.storage} names. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfig {

  @Bean
  BlobStore blobStore(ArchiveSettings settings, JdbcTemplate jdbc) {
    return switch (settings.storage()) {
      case DATABASE -> new DatabaseBlobStore(jdbc);
      case FILESYSTEM -> new FileSystemBlobStore(settings.directory());
      case S3 -> s3Store(settings.s3());
    };
  }

  static BlobStore s3Store(ArchiveSettings.S3 settings) {
    if (settings == null || settings.bucket() == null || settings.bucket().isBlank()) {
      throw new IllegalStateException(
          "cairn.archive.storage is s3 but cairn.archive.s3.bucket is not set");
    }
    // The keys come from the SDK's default chain (the environment, then the machine's role), so
    // none of them is ever written in Cairn's configuration.
    S3ClientBuilder client =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyle())
            // Checksums only where S3 demands them: the chunked trailers the SDK would add to
            // every upload are refused by many S3-compatible stores, and the upload's SHA-256 is
            // already kept with its version.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (settings.endpoint() != null) {
      client.endpointOverride(settings.endpoint());
    }
    return new S3BlobStore(client.build(), settings.bucket(), settings.prefix());
  }
}
