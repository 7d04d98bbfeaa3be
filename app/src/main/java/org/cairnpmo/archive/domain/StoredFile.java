package org.cairnpmo.archive.domain;

import jakarta.persistence.Embeddable;

/**
 * A version's file: the name it was uploaded under, its type as detected from its content, its size
 * and SHA-256, and the key of its bytes in the {@link BlobStore}.
 */
@Embeddable
public class StoredFile {

  private String fileName;
  private String contentType;
  private long sizeBytes;
  private String sha256;
  private String blobKey;

  protected StoredFile() {}

  StoredFile(String fileName, String contentType, long sizeBytes, String sha256, String blobKey) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.blobKey = blobKey;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  String blobKey() {
    return blobKey;
  }
}
